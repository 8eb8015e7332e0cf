-- Identity: the person a notification is about, so that it names them only to readers who may still see them.
alter table notification add column person_id uuid;
create index notification_person_ix on notification (person_id) where person_id is not null;
