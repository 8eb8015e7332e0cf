-- People: merging two records of one person. The duplicate is not deleted or rewritten: it points at
-- the record kept, and everything recorded against either is read as one history, so undoing the
-- merge is just clearing the pointer. Records merged earlier into the duplicate are carried over
-- and listed, so that undoing puts them back too.
alter table person add column merged_into uuid references person (id);
create index person_merged_into_ix on person (merged_into) where merged_into is not null;

create table person_merge (
    id            uuid primary key,
    kept_id       uuid          not null references person (id) on delete cascade,
    merged_id     uuid          not null references person (id) on delete cascade,
    carried       uuid[]        not null default '{}',
    reason        varchar(500)  not null,
    merged_by     uuid references app_user (id),
    merged_at     timestamptz   not null default now(),
    undone_by     uuid references app_user (id),
    undone_reason varchar(500),
    undone_at     timestamptz
);
create index person_merge_kept_ix on person_merge (kept_id);
create unique index person_merge_active_ix on person_merge (merged_id) where undone_at is null;
