-- People: indexes for the fuzzy match (People.matches) over a million people.
--
-- A misspelt or sound-alike name is looked up in a dictionary of the distinct names in the index,
-- which stays small however many people share a name; the people are then fetched by exact name.
-- Comparing the query with every "Smith" in person instead would read tens of thousands of rows.

create table person_family_name (
    name varchar(100) primary key
);
create index person_family_name_trgm_ix on person_family_name using gin (name gin_trgm_ops);
create index person_family_name_metaphone_ix on person_family_name (dmetaphone(name));

create table person_given_name (
    name varchar(100) primary key
);
create index person_given_name_trgm_ix on person_given_name using gin (name gin_trgm_ops);
create index person_given_name_metaphone_ix on person_given_name (dmetaphone(name));

-- Names are only ever added: a name nobody has any more finds no people, so it does no harm.
-- Statement triggers, so a bulk insert adds each distinct name once rather than once per row.
create function person_remember_names() returns trigger language plpgsql as $$
begin
    insert into person_family_name (name) select distinct lower(family_name) from changed on conflict do nothing;
    insert into person_given_name (name) select distinct lower(given_name) from changed on conflict do nothing;
    return null;
end
$$;
create trigger person_remember_names_on_insert after insert on person
    referencing new table as changed for each statement execute function person_remember_names();
create trigger person_remember_names_on_update after update on person
    referencing new table as changed for each statement execute function person_remember_names();

insert into person_family_name (name) select distinct lower(family_name) from person on conflict do nothing;
insert into person_given_name (name) select distinct lower(given_name) from person on conflict do nothing;

-- The people with one of the matched names: with a matched given name, or born in the year asked about.
create index person_family_given_ix on person (lower(family_name), lower(given_name));
create index person_family_dob_ix on person (lower(family_name), date_of_birth);

-- matches() no longer reads these; they only slowed every insert and update.
drop index person_family_trgm_ix;
drop index person_given_trgm_ix;
drop index person_family_metaphone_ix;
