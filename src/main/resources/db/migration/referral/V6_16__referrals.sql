-- A referral from one agency to another agency's service: a disclosure of the ticked categories under the
-- person's consent, answered by a deadline, and never closed without an outcome (seed 000 Figure 10).
create table referral (
    id                    uuid primary key,
    person_id             uuid        not null references person (id),
    recorded_by_agency_id uuid        not null references agency (id),
    referred_by           uuid        not null references app_user (id),
    to_service_id         uuid        not null references service (id),
    -- The service as it was named when the referral went: the referral is a record of what was sent where.
    to_service_name       text        not null,
    to_agency_id          uuid        not null references agency (id),
    reason                text        not null check (length(reason) between 1 and 4000),
    categories            text[]      not null check (cardinality(categories) > 0),
    consent_id            uuid        references consent (id) on delete set null,
    status                text        not null check (status in ('DRAFT', 'SENT', 'RECEIVED', 'ACCEPTED', 'DECLINED',
                                                                 'WITHDRAWN', 'COMPLETED')),
    respond_by            date        not null,
    decline_reason        text        check (decline_reason in ('NOT_ELIGIBLE', 'NO_CAPACITY', 'WRONG_SERVICE',
                                                                'PERSON_DECLINED', 'COULD_NOT_CONTACT', 'OTHER')),
    outcome               text        check (outcome in ('GOT_HELP', 'REFERRED_ON', 'COULD_NOT_CONTACT',
                                                         'NO_LONGER_WANTED', 'OTHER')),
    created_at            timestamptz not null default now(),
    version               integer     not null default 0,
    -- The reason and outcome lists are where the figures come from: a closed referral always has its own.
    check (status <> 'DECLINED' or decline_reason is not null),
    check (status <> 'COMPLETED' or outcome is not null)
);

create index referral_person on referral (person_id);
create index referral_inbox on referral (to_agency_id, status, respond_by);
create index referral_sent on referral (recorded_by_agency_id, status);

-- Every transition, timestamped and attributed; the referrer reads this history.
create table referral_event (
    id          bigserial primary key,
    referral_id uuid        not null references referral (id) on delete cascade,
    status      text        not null,
    reason      text,
    detail      text,
    by_user     uuid        references app_user (id),
    by_agency   uuid        references agency (id),
    at          timestamptz not null default now()
);

create index referral_event_referral on referral_event (referral_id, id);
