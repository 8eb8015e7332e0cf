-- The pre-referral checklist (seed 000:939-947): the referrer confirmed the criteria are met, the person understands
-- why and what happens next, and how to contact them safely; and said whether they can attend alone and in which
-- language. A referral sent through the API without it records that it was not confirmed.
alter table referral add column checklist_confirmed boolean not null default false;
alter table referral add column attends_alone boolean;
alter table referral add column interpreter text check (length(interpreter) <= 100);
