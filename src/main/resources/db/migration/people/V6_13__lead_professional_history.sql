-- People: every lead professional a person has had, who agreed it, and why it ended (issue 11).
create table lead_professional_history (
    id             uuid primary key,
    person_id      uuid         not null references person (id) on delete cascade,
    agency_id      uuid         not null references agency (id),
    worker_user_id uuid references app_user (id),
    agreed_by      varchar(300) not null,
    recorded_by    uuid references app_user (id),
    started_at     timestamptz  not null,
    ended_at       timestamptz,
    end_reason     varchar(300),
    check ((ended_at is null) = (end_reason is null))
);
create index lead_professional_history_person on lead_professional_history (person_id, started_at desc);
create unique index lead_professional_history_current on lead_professional_history (person_id) where ended_at is null;

insert into lead_professional_history (id, person_id, agency_id, worker_user_id, agreed_by, recorded_by, started_at)
select gen_random_uuid(), person_id, agency_id, worker_user_id, agreed_by, recorded_by, recorded_at from lead_professional;
