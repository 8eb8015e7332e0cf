-- Audit: append-only. The trigger refuses UPDATE, DELETE and TRUNCATE for every database user,
-- so no code path in the application (or a mistaken query) can rewrite history.

create table audit_event (
    id           bigint generated always as identity primary key,
    occurred_at  timestamptz  not null default now(),
    user_id      uuid,
    username     varchar(60),
    agency_id    uuid,
    agency_name  varchar(200),
    roles        varchar(400),
    action       varchar(60)  not null,
    entity_type  varchar(60)  not null,
    entity_id    varchar(100),
    person_id    uuid,
    reason       varchar(2000),
    outcome      varchar(20)  not null default 'SUCCESS',
    detail       varchar(2000),
    ip_address   varchar(64),
    user_agent   varchar(400),
    request_id   varchar(64)
);
create index audit_event_occurred_ix on audit_event (occurred_at desc);
create index audit_event_user_ix on audit_event (user_id, occurred_at desc);
create index audit_event_person_ix on audit_event (person_id, occurred_at desc) where person_id is not null;
create index audit_event_entity_ix on audit_event (entity_type, entity_id);

create function audit_event_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only: % is not allowed', tg_op using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_event_no_update before update or delete on audit_event
    for each row execute function audit_event_is_append_only();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_is_append_only();
