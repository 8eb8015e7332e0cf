-- Directory: areas, services, their opening hours and named contacts (including champions).

create extension if not exists pg_trgm;

create table area (
    id   uuid primary key,
    code varchar(20)  not null unique,
    name varchar(120) not null
);

create table service (
    id                   uuid primary key,
    agency_id            uuid          not null references agency (id),
    name                 varchar(200)  not null,
    description          varchar(4000) not null default '',
    needs                varchar(40)[] not null,
    referral_criteria    varchar(2000),
    min_age              integer check (min_age between 0 and 120),
    max_age              integer check (max_age between 0 and 120),
    gender_served        varchar(10)   not null default 'ANY' check (gender_served in ('ANY', 'WOMEN', 'MEN')),
    accepts_children     boolean       not null default false,
    referral_routes      varchar(20)[] not null,
    how_to_refer         varchar(2000),
    referral_phone       varchar(40),
    referral_email       varchar(254),
    waiting_time_days    integer check (waiting_time_days >= 0),
    opening_hours_note   varchar(500),
    languages            varchar(60)[] not null default '{}',
    accessibility        varchar(1000),
    cost                 varchar(500),
    phone                varchar(40),
    email                varchar(254),
    website              varchar(300),
    address_line1        varchar(200),
    address_line2        varchar(200),
    town                 varchar(100),
    postcode             varchar(12),
    address_confidential boolean       not null default false,
    safety_constraints   varchar(1000),
    status               varchar(12)   not null default 'ACTIVE' check (status in ('ACTIVE', 'INACTIVE')),
    owner_user_id        uuid references app_user (id),
    last_verified_on     date          not null,
    search_text          text          not null default '',
    search_vector        tsvector generated always as (to_tsvector('simple', search_text)) stored,
    created_at           timestamptz   not null default now(),
    updated_at           timestamptz   not null default now(),
    version              integer       not null default 0,
    check (min_age is null or max_age is null or min_age <= max_age)
);
create index service_agency_ix on service (agency_id);
create index service_needs_ix on service using gin (needs);
create index service_search_ix on service using gin (search_vector);
create index service_name_trgm_ix on service using gin (lower(name) gin_trgm_ops);

-- Every word that occurs in some service's search text. A misspelt query word is matched to the
-- nearest words here (trigram similarity on a small table), then searched exactly in search_vector,
-- which keeps typo-tolerant search fast however many services there are.
create table service_term (
    term varchar(100) primary key
);
create index service_term_trgm_ix on service_term using gin (term gin_trgm_ops);

create table service_area (
    service_id uuid not null references service (id) on delete cascade,
    area_id    uuid not null references area (id),
    primary key (service_id, area_id)
);
create index service_area_area_ix on service_area (area_id, service_id);

-- ISO days of week, 1 = Monday; times are local (Europe/London).
create table service_schedule (
    id          uuid primary key,
    service_id  uuid     not null references service (id) on delete cascade,
    day_of_week smallint not null check (day_of_week between 1 and 7),
    opens_at    time     not null,
    closes_at   time     not null check (closes_at > opens_at)
);
create index service_schedule_service_ix on service_schedule (service_id);

-- A contact belongs to an agency and, optionally, to one of its services. A champion is a contact
-- with the role CHAMPION and a topic. Contacts are roles first: the person filling one can change.
create table directory_contact (
    id               uuid primary key,
    agency_id        uuid         not null references agency (id),
    service_id       uuid references service (id) on delete cascade,
    role             varchar(30)  not null,
    topic            varchar(40),
    user_id          uuid references app_user (id),
    name             varchar(200) not null,
    deputy_user_id   uuid references app_user (id),
    deputy_name      varchar(200),
    phone            varchar(40),
    secure_email     varchar(254),
    owner_user_id    uuid references app_user (id),
    last_verified_on date         not null,
    handover_needed  boolean      not null default false,
    handover_note    varchar(300),
    created_at       timestamptz  not null default now(),
    updated_at       timestamptz  not null default now(),
    version          integer      not null default 0,
    check (role <> 'CHAMPION' or topic is not null)
);
create index directory_contact_agency_ix on directory_contact (agency_id);
create index directory_contact_user_ix on directory_contact (user_id);
create index directory_contact_deputy_ix on directory_contact (deputy_user_id);
