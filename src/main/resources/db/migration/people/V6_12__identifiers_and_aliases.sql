-- People: identifiers other services know the person by, and the names in their "other names and aliases",
-- both of which take part in matching (issue 11).
create table person_identifier (
    id                    uuid primary key,
    person_id             uuid        not null references person (id) on delete cascade,
    type                  varchar(30) not null
        check (type in ('NHS_NUMBER', 'POLICE_REFERENCE', 'LOCAL_AUTHORITY_NUMBER', 'OTHER')),
    value                 varchar(50) not null,
    category              varchar(30) not null,
    recorded_by_agency_id uuid        not null references agency (id),
    recorded_by           uuid        references app_user (id),
    recorded_at           timestamptz not null default now(),
    unique (person_id, type, value)
);
create index person_identifier_lookup on person_identifier (type, value);

-- One row per name in the aliases profile value. A single word may be a former surname or another first
-- name, so it stands for either, with the person's own other name (null: the person row's, read at match time).
create table person_alias (
    person_id   uuid         not null references person (id) on delete cascade,
    given_name  varchar(100),
    family_name varchar(100),
    check (given_name is not null or family_name is not null)
);
create index person_alias_family_ix on person_alias (lower(family_name), lower(given_name));
create index person_alias_given_ix on person_alias (lower(given_name));
create index person_alias_person_ix on person_alias (person_id);

-- Kept by the database from person_field, so every way the value changes (a page, the API, retention,
-- a merge) keeps the names in step.
create function person_alias_sync() returns trigger language plpgsql as $$
declare
    subject uuid := case when tg_op = 'DELETE' then old.person_id else new.person_id end;
    part    text;
    words   text[];
begin
    if (tg_op = 'DELETE' and old.field <> 'ALIASES') or (tg_op <> 'DELETE' and new.field <> 'ALIASES') then
        return null;
    end if;
    delete from person_alias where person_id = subject;
    if tg_op = 'DELETE' then
        return null;
    end if;
    for part in select trim(p) from regexp_split_to_table(coalesce(new.value, ''), '[,;/\n]+') p loop
        part := trim(regexp_replace(part, '^(n[ée]e|formerly|previously|aka|also known as|known as)\s+', '', 'i'));
        part := trim(regexp_replace(part, '[^[:alpha:][:space:]''-]', '', 'g'));
        continue when part = '';
        words := regexp_split_to_array(part, '\s+');
        if array_length(words, 1) = 1 then
            insert into person_alias (person_id, given_name, family_name) values (subject, null, left(words[1], 100));
            insert into person_alias (person_id, given_name, family_name) values (subject, left(words[1], 100), null);
        else
            insert into person_alias (person_id, given_name, family_name)
            values (subject, left(words[1], 100), left(words[array_length(words, 1)], 100));
        end if;
    end loop;
    insert into person_family_name (name)
        select distinct lower(family_name) from person_alias where person_id = subject and family_name is not null
        on conflict do nothing;
    insert into person_given_name (name)
        select distinct lower(given_name) from person_alias where person_id = subject and given_name is not null
        on conflict do nothing;
    return null;
end
$$;
create trigger person_alias_sync after insert or update or delete on person_field
    for each row execute function person_alias_sync();

-- Aliases recorded before this migration.
update person_field set value = value where field = 'ALIASES';
