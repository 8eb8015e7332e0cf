-- People: the one agreed lead professional (single point of contact) per person, and who agreed it.
create table lead_professional (
    person_id    uuid         primary key references person (id) on delete cascade,
    agency_id    uuid         not null references agency (id),
    worker_user_id uuid references app_user (id),
    agreed_by    varchar(300) not null,
    recorded_by  uuid references app_user (id),
    recorded_at  timestamptz  not null default now()
);
