-- People: the person index shared by all agencies, and which agencies are involved with whom.

create extension if not exists pg_trgm;
create extension if not exists fuzzystrmatch;

create table person (
    id            uuid primary key,
    given_name    varchar(100) not null,
    family_name   varchar(100) not null,
    date_of_birth date,
    gender        varchar(40),
    postcode      varchar(12),
    created_by_agency_id uuid references agency (id),
    created_at    timestamptz not null default now(),
    updated_at    timestamptz not null default now(),
    version       integer     not null default 0
);
create index person_family_trgm_ix on person using gin (lower(family_name) gin_trgm_ops);
create index person_given_trgm_ix on person using gin (lower(given_name) gin_trgm_ops);
create index person_family_metaphone_ix on person (dmetaphone(family_name));
create index person_dob_ix on person (date_of_birth);

-- Common English short forms, so "Bill" finds "William". Both columns lower case.
create table given_name_variant (
    variant   varchar(40) not null,
    canonical varchar(40) not null,
    primary key (variant, canonical)
);
insert into given_name_variant (variant, canonical) values
    ('bill', 'william'), ('will', 'william'), ('billy', 'william'), ('liam', 'william'),
    ('bob', 'robert'), ('rob', 'robert'), ('bobby', 'robert'), ('robbie', 'robert'),
    ('dick', 'richard'), ('rick', 'richard'), ('rich', 'richard'),
    ('jim', 'james'), ('jimmy', 'james'), ('jamie', 'james'),
    ('mike', 'michael'), ('mick', 'michael'), ('micky', 'michael'),
    ('tom', 'thomas'), ('tommy', 'thomas'),
    ('tony', 'anthony'), ('dan', 'daniel'), ('danny', 'daniel'),
    ('dave', 'david'), ('davy', 'david'), ('steve', 'stephen'), ('steve', 'steven'),
    ('chris', 'christopher'), ('chris', 'christine'), ('chris', 'christina'),
    ('joe', 'joseph'), ('joey', 'joseph'), ('ben', 'benjamin'), ('sam', 'samuel'), ('sam', 'samantha'),
    ('alex', 'alexander'), ('alex', 'alexandra'), ('andy', 'andrew'), ('drew', 'andrew'),
    ('pete', 'peter'), ('ed', 'edward'), ('eddie', 'edward'), ('ted', 'edward'), ('ted', 'theodore'),
    ('harry', 'henry'), ('hal', 'henry'), ('jack', 'john'), ('johnny', 'john'),
    ('nick', 'nicholas'), ('matt', 'matthew'), ('pat', 'patrick'), ('pat', 'patricia'),
    ('kate', 'katherine'), ('kate', 'catherine'), ('katie', 'katherine'), ('cathy', 'catherine'), ('kath', 'katherine'),
    ('liz', 'elizabeth'), ('beth', 'elizabeth'), ('betty', 'elizabeth'), ('lizzie', 'elizabeth'), ('libby', 'elizabeth'),
    ('maggie', 'margaret'), ('meg', 'margaret'), ('peggy', 'margaret'), ('sue', 'susan'), ('susie', 'susan'),
    ('jenny', 'jennifer'), ('jen', 'jennifer'), ('becky', 'rebecca'), ('becca', 'rebecca'),
    ('vicky', 'victoria'), ('tori', 'victoria'), ('debbie', 'deborah'), ('deb', 'deborah'),
    ('mandy', 'amanda'), ('sandy', 'sandra'), ('abby', 'abigail'), ('ellie', 'eleanor'), ('nell', 'eleanor'),
    ('jess', 'jessica'), ('jo', 'joanne'), ('jo', 'josephine'), ('annie', 'anne'), ('ann', 'anne'),
    ('sal', 'sarah'), ('sally', 'sarah'), ('molly', 'mary'), ('polly', 'mary');

create table involvement (
    id             uuid primary key,
    person_id      uuid         not null references person (id) on delete cascade,
    agency_id      uuid         not null references agency (id),
    role           varchar(100) not null,
    worker_user_id uuid references app_user (id),
    started_on     date         not null,
    ended_on       date,
    created_at     timestamptz  not null default now()
);
create index involvement_person_ix on involvement (person_id);
create index involvement_agency_person_ix on involvement (agency_id, person_id) where ended_on is null;
