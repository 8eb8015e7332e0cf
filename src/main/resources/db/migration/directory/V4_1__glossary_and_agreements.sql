-- Directory: the partnership's glossary, and partnership agreements / service level agreements.

create table glossary_term (
    id          uuid primary key,
    term        varchar(40)   not null,
    expansion   varchar(200),
    definition  varchar(2000) not null,
    updated_at  timestamptz   not null default now(),
    version     integer       not null default 0
);
create unique index glossary_term_uk on glossary_term (lower(term));

create table agreement (
    id                      uuid primary key,
    title                   varchar(200)  not null,
    kind                    varchar(30)   not null check (kind in ('PARTNERSHIP_AGREEMENT', 'SERVICE_LEVEL_AGREEMENT')),
    status                  varchar(20)   not null check (status in ('DRAFT', 'ACTIVE', 'UNDER_REVIEW', 'ENDED')),
    services_provided       varchar(4000),
    roles_responsibilities  varchar(4000),
    costs                   varchar(2000),
    starts_on               date,
    review_on               date          not null,
    owner_user_id           uuid references app_user (id),
    created_at              timestamptz   not null default now(),
    updated_at              timestamptz   not null default now(),
    version                 integer       not null default 0
);
create index agreement_review_ix on agreement (review_on) where status in ('ACTIVE', 'UNDER_REVIEW', 'DRAFT');

create table agreement_party (
    agreement_id uuid not null references agreement (id) on delete cascade,
    agency_id    uuid not null references agency (id),
    primary key (agreement_id, agency_id)
);
create index agreement_party_agency_ix on agreement_party (agency_id);

-- A measure is what the agreement promises, e.g. "referrals answered within 5 working days".
-- metric names a figure the referral module computes once referrals exist; null means reported by hand.
create table agreement_measure (
    id           uuid primary key,
    agreement_id uuid          not null references agreement (id) on delete cascade,
    position     integer       not null,
    description  varchar(500)  not null,
    target       varchar(200)  not null,
    metric       varchar(60)
);
create index agreement_measure_agreement_ix on agreement_measure (agreement_id, position);
