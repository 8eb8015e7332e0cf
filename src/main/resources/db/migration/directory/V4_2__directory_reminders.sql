-- Directory: reminders already sent, so each owner is asked once per entry and reminder period.
create table directory_reminder (
    owner_user_id uuid        not null references app_user (id),
    entity_type   varchar(20) not null,
    entity_id     uuid        not null,
    due_on        date        not null,
    sent_at       timestamptz not null default now(),
    primary key (owner_user_id, entity_type, entity_id, due_on)
);
