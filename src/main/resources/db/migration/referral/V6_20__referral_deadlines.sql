-- When the receiving agency was reminded that a referral falls due, and when its managers were told it is late
-- (ReferralDeadlines). Each is set once, by whichever run claims it first, so each is done once.
alter table referral add column nudged_at timestamptz;
alter table referral add column escalated_at timestamptz;

-- The deadline check's look-up: referrals still waiting for an answer and not yet escalated, by deadline.
create index referral_awaiting_deadline on referral (respond_by)
    where status in ('SENT', 'RECEIVED') and escalated_at is null;
