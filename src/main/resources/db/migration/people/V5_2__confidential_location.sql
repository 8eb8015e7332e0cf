-- People: a confidential location (a refuge or safe house) is held by one agency and seen by it alone.
create table confidential_location (
    person_id     uuid          not null references person (id) on delete cascade,
    agency_id     uuid          not null references agency (id),
    address       varchar(500)  not null,
    recorded_by   uuid references app_user (id),
    updated_at    timestamptz   not null default now(),
    primary key (person_id, agency_id)
);
