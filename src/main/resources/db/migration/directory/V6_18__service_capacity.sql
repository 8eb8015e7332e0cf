-- Whether a service can take a referral now, as its own agency last said (000:160-171: people are passed from
-- pillar to post when nobody knows who has room). Null until the agency first says; it goes stale like the entry.
alter table service add column capacity text check (capacity in ('ACCEPTING', 'WAITING_UNDER_ONE_MONTH',
    'WAITING_ONE_TO_THREE_MONTHS', 'WAITING_OVER_THREE_MONTHS', 'NOT_ACCEPTING', 'ASSESSMENT_FIRST'));
alter table service add column capacity_on date;
alter table service add constraint service_capacity_dated check ((capacity is null) = (capacity_on is null));
