-- People: appointments across agencies in one calendar per person, so the load on them shows.
create table appointment (
    id          uuid primary key,
    person_id   uuid         not null references person (id) on delete cascade,
    starts_at   timestamptz  not null,
    minutes     integer      not null check (minutes between 5 and 720),
    agency_id   uuid         not null references agency (id),
    with_whom   varchar(200) not null,
    purpose     varchar(300) not null,
    location    varchar(300),
    category    varchar(30)  not null default 'CORE_PROFILE',
    created_by  uuid references app_user (id),
    created_at  timestamptz  not null default now()
);
create index appointment_person_ix on appointment (person_id, starts_at);
