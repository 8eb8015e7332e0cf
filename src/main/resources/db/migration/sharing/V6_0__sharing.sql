-- Sharing: information-sharing agreements between agencies, the person's consents, and decisions to
-- share without consent or not to share. The access policy reads these on every request, so a
-- withdrawal or an approval takes effect at once on every node.

create table sharing_agreement (
    id            uuid primary key,
    title         varchar(200)  not null,
    purposes      varchar(1000) not null,
    lawful_basis  varchar(1000) not null,
    categories    varchar(30)[] not null,
    review_on     date          not null,
    status        varchar(10)   not null check (status in ('ACTIVE', 'ENDED')),
    created_by    uuid references app_user (id),
    created_at    timestamptz   not null default now(),
    version       integer       not null default 0
);

create table sharing_agreement_party (
    agreement_id  uuid          not null references sharing_agreement (id) on delete cascade,
    agency_id     uuid          not null references agency (id),
    signatory     varchar(200)  not null,
    signed_on     date          not null,
    primary key (agreement_id, agency_id)
);

create table consent (
    id                 uuid primary key,
    person_id          uuid          not null references person (id) on delete cascade,
    categories         varchar(30)[] not null,
    purpose            varchar(500)  not null,
    how_given          varchar(10)   not null check (how_given in ('VERBAL', 'WRITTEN', 'PORTAL')),
    capacity_note      varchar(1000),
    given_on           date          not null,
    expires_on         date,
    recorded_by        uuid references app_user (id),
    recorded_by_agency uuid          not null references agency (id),
    recorded_at        timestamptz   not null default now(),
    withdrawn_at       timestamptz,
    withdrawn_by       uuid references app_user (id),
    withdrawal_reason  varchar(1000)
);
create index consent_person_ix on consent (person_id);

-- Each recipient agency acknowledges, by a named person, that it holds what was shared (002:516-517).
create table consent_recipient (
    consent_id      uuid not null references consent (id) on delete cascade,
    agency_id       uuid not null references agency (id),
    acknowledged_by uuid references app_user (id),
    acknowledged_at timestamptz,
    primary key (consent_id, agency_id)
);
create index consent_recipient_agency_ix on consent_recipient (agency_id);

-- A decision to share without consent (SHARE) takes effect only once approved, and only until it
-- expires; a decision not to share (DO_NOT_SHARE) is recorded the same way, with its reason.
create table sharing_decision (
    id                  uuid primary key,
    person_id           uuid          not null references person (id) on delete cascade,
    decision            varchar(12)   not null check (decision in ('SHARE', 'DO_NOT_SHARE')),
    grounds             varchar(30)   check (grounds in ('SERIOUS_HARM_TO_PERSON', 'CHILD_AT_RISK', 'PREVENT_CRIME',
                                                       'VITAL_INTERESTS', 'LACKS_CAPACITY')),
    categories          varchar(30)[] not null,
    from_agency_id      uuid          not null references agency (id),
    to_agency_id        uuid          not null references agency (id),
    justification       varchar(2000) not null,
    person_told         boolean       not null,
    not_told_reason     varchar(1000),
    status              varchar(10)   not null check (status in ('PENDING', 'APPROVED', 'REFUSED', 'RECORDED')),
    requested_by        uuid references app_user (id),
    requested_at        timestamptz   not null default now(),
    decided_by          uuid references app_user (id),
    decided_at          timestamptz,
    decision_note       varchar(1000),
    expires_on          date,
    acknowledged_by     uuid references app_user (id),
    acknowledged_at     timestamptz,
    check (person_told or not_told_reason is not null),
    check (decision = 'DO_NOT_SHARE' or grounds is not null)
);
create index sharing_decision_person_ix on sharing_decision (person_id);
create index sharing_decision_pending_ix on sharing_decision (status) where status = 'PENDING';
