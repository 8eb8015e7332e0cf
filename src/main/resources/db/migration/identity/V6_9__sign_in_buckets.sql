-- Sign-in slowing (issue 10): token buckets kept by bucket4j, so every node shares the counts.
-- A key is "pair:<address>|<name>", "address:<address>", "name:<name>" or "code:<user id>".
create table sign_in_bucket (
    id         varchar(400) primary key,
    state      bytea,
    expires_at bigint
);
create index sign_in_bucket_expires on sign_in_bucket (expires_at);

-- Each time a bucket runs dry: what the administrators' page lists and may release.
create table sign_in_lockout (
    id           uuid primary key,
    bucket_id    varchar(400) not null,
    kind         varchar(20)  not null check (kind in ('ADDRESS_AND_NAME', 'ADDRESS', 'NAME', 'SECOND_FACTOR')),
    username_key varchar(254),
    address      varchar(64),
    started_at   timestamptz  not null,
    until        timestamptz  not null,
    released_at  timestamptz,
    released_by  uuid references app_user (id)
);
create index sign_in_lockout_until on sign_in_lockout (until desc);

drop table sign_in_throttle;
