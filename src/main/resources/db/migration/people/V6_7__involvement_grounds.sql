-- People: joining a person needs grounds and a reason; ending an involvement records why and the
-- support in place. What an involvement reveals is a category: being under the mental health team is
-- MENTAL_HEALTH. Each agency type has a default, and an agency can be given its own.
alter table involvement add column grounds varchar(30)
    check (grounds in ('REFERRAL_RECEIVED', 'PERSON_ASKED_FOR_HELP', 'STATUTORY_DUTY', 'SAFEGUARDING_ENQUIRY', 'COURT_ORDER',
                       'MEETING', 'OTHER', 'CREATED_RECORD'));
alter table involvement add column reason varchar(1000);
alter table involvement add column joined_by uuid references app_user (id);
alter table involvement add column category varchar(30) not null default 'CORE_PROFILE';
alter table involvement add column ended_by uuid references app_user (id);
alter table involvement add column end_reason varchar(1000);
alter table involvement add column ongoing_support varchar(1000);

create table agency_involvement_category (
    agency_id  uuid        primary key references agency (id),
    category   varchar(30) not null check (category in ('CORE_PROFILE', 'CONTACT', 'RISK', 'MENTAL_HEALTH', 'SEXUAL_HEALTH',
                                                         'SUBSTANCE_USE', 'CRIMINAL_JUSTICE', 'CHILDREN', 'HOUSING')),
    set_by     uuid references app_user (id),
    set_at     timestamptz not null default now()
);

update involvement i set category = case a.type
        when 'MENTAL_HEALTH' then 'MENTAL_HEALTH'
        when 'DRUG_AND_ALCOHOL' then 'SUBSTANCE_USE'
        when 'PROBATION' then 'CRIMINAL_JUSTICE'
        when 'CHILDRENS_SOCIAL_CARE' then 'CHILDREN'
        else 'CORE_PROFILE' end
from agency a where a.id = i.agency_id;
update involvement set grounds = 'OTHER', reason = 'Recorded before joining needed grounds' where grounds is null;
