-- Identity: in-app notifications to an agency (and, when known, a named user there). Some are tasks
-- that a named person must acknowledge, such as a withdrawn consent.
create table notification (
    id              uuid primary key,
    agency_id       uuid          not null references agency (id),
    user_id         uuid references app_user (id),
    subject         varchar(200)  not null,
    body            varchar(2000) not null,
    link            varchar(300),
    needs_acknowledgement boolean not null default false,
    created_at      timestamptz   not null default now(),
    acknowledged_by uuid references app_user (id),
    acknowledged_at timestamptz
);
create index notification_agency_ix on notification (agency_id, created_at desc);
