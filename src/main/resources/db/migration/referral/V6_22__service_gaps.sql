-- A gap in service: a need in an area that no service could meet for someone, as the referrer saw it. It holds no
-- person, so the register can be read by the whole partnership; the referrer is asked not to name anyone.
create table service_gap (
    id                    uuid primary key,
    need                  text        not null,
    area_id               uuid        references area (id),
    why                   text        not null check (length(why) between 1 and 2000),
    recorded_by           uuid        not null references app_user (id),
    recorded_by_agency_id uuid        not null references agency (id),
    recorded_at           timestamptz not null default now()
);

create index service_gap_recorded on service_gap (recorded_at);
