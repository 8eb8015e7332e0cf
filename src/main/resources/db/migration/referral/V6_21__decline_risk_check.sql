-- Figure 10's risk check on a decline: is the person at risk? If so, the concern, and whether the person was told.
alter table referral add column at_risk boolean;
alter table referral add column risk_concern text check (length(risk_concern) <= 4000);
alter table referral add column concern_told text check (concern_told in ('TOLD', 'NOT_SAFE', 'WILL_BE_TOLD'));
alter table referral add constraint referral_concern_when_at_risk
    check (at_risk is not true or (risk_concern is not null and concern_told is not null));
