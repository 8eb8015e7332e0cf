-- Sharing: a consent names the agencies whose records it shares (its holders). The recording agency
-- is a holder at once; any other holder decides the disclosure of its own records, confirming or
-- declining with a reason. Until it confirms, none of its records flow (shared/docs/access-policy.md).
create table consent_holder (
    consent_id  uuid         not null references consent (id) on delete cascade,
    agency_id   uuid         not null references agency (id),
    status      varchar(10)  not null check (status in ('PENDING', 'CONFIRMED', 'DECLINED')),
    decided_by  uuid references app_user (id),
    decided_at  timestamptz,
    reason      varchar(1000),
    primary key (consent_id, agency_id),
    check (status <> 'DECLINED' or reason is not null)
);
create index consent_holder_agency_ix on consent_holder (agency_id) where status = 'PENDING';

-- Consents recorded before holders existed shared the records of every agency under an agreement; from
-- now on they share the recording agency's own records only, until the others are asked and confirm.
insert into consent_holder (consent_id, agency_id, status, decided_at)
select id, recorded_by_agency, 'CONFIRMED', recorded_at from consent;
