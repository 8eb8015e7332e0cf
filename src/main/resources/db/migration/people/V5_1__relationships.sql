-- People: relationships between people, stored once; the inverse is derived when read.
create table relationship (
    id                uuid primary key,
    person_id         uuid        not null references person (id) on delete cascade,
    related_person_id uuid        not null references person (id) on delete cascade,
    type              varchar(20) not null check (type in ('CHILD', 'PARENT', 'PARTNER', 'EX_PARTNER', 'PERPETRATOR',
                                                           'VICTIM', 'CARER', 'FAMILY')),
    recorded_by_agency_id uuid references agency (id),
    created_at        timestamptz not null default now(),
    check (person_id <> related_person_id),
    unique (person_id, related_person_id, type)
);
create index relationship_person_ix on relationship (person_id);
create index relationship_related_ix on relationship (related_person_id);
