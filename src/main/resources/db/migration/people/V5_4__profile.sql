-- People: the shared core profile beyond the person row (aliases, language, communication needs,
-- diversity monitoring, safe contact), one row per field with the agency that last set it, so every
-- field can show its source and last update. Rows for the person row's own columns (given_name and
-- the rest) carry no value: they record only who set that column last.
create table person_field (
    person_id        uuid          not null references person (id) on delete cascade,
    field            varchar(40)   not null,
    value            varchar(1000),
    source_agency_id uuid          not null references agency (id),
    updated_by       uuid references app_user (id),
    updated_at       timestamptz   not null default now(),
    primary key (person_id, field)
);
