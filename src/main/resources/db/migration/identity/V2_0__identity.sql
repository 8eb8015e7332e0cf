-- Identity: agencies, users, roles, second factors, sign-in throttling and API tokens.

create table agency (
    id              uuid primary key,
    name            varchar(200) not null,
    type            varchar(40)  not null check (type in ('DOMESTIC_ABUSE_SERVICE', 'DRUG_AND_ALCOHOL', 'MENTAL_HEALTH',
                        'CHILDRENS_SOCIAL_CARE', 'ADULT_SOCIAL_CARE', 'POLICE', 'PROBATION', 'HOUSING', 'HEALTH',
                        'EDUCATION', 'VOLUNTARY', 'OTHER')),
    requires_two_factor boolean   not null default false,
    enabled         boolean      not null default true,
    created_at      timestamptz  not null default now(),
    updated_at      timestamptz  not null default now(),
    version         integer      not null default 0
);
create unique index agency_name_uk on agency (lower(name));

create table app_user (
    id              uuid primary key,
    username        varchar(60)  not null,
    display_name    varchar(200) not null,
    email           varchar(254),
    job_title       varchar(200),
    agency_id       uuid         not null references agency (id),
    password_hash   varchar(200) not null,
    enabled         boolean      not null default true,
    totp_secret     varchar(64),
    totp_enabled    boolean      not null default false,
    totp_last_step  bigint,
    created_at      timestamptz  not null default now(),
    updated_at      timestamptz  not null default now(),
    disabled_at     timestamptz,
    version         integer      not null default 0
);
create unique index app_user_username_uk on app_user (lower(username));
create index app_user_agency_ix on app_user (agency_id);

create table user_role (
    user_id uuid        not null references app_user (id) on delete cascade,
    role    varchar(40) not null check (role in ('PRACTITIONER', 'AGENCY_MANAGER', 'MEETING_COORDINATOR', 'CHAIR',
                'PARTNERSHIP_LEAD', 'INFORMATION_GOVERNANCE', 'ADMINISTRATOR')),
    primary key (user_id, role)
);

create table recovery_code (
    id        uuid primary key,
    user_id   uuid         not null references app_user (id) on delete cascade,
    code_hash varchar(200) not null,
    used_at   timestamptz
);
create index recovery_code_user_ix on recovery_code (user_id);

-- Keyed by the name typed, whether or not such a user exists, so throttling reveals nothing.
create table sign_in_throttle (
    username_key    varchar(254) primary key,
    failures        integer     not null default 0,
    last_failure_at timestamptz not null default now(),
    locked_until    timestamptz
);

create table api_token (
    id          uuid primary key,
    user_id     uuid        not null references app_user (id) on delete cascade,
    token_hash  varchar(64) not null unique,
    created_at  timestamptz not null default now(),
    expires_at  timestamptz not null,
    revoked_at  timestamptz,
    last_used_at timestamptz
);
create index api_token_user_ix on api_token (user_id);
