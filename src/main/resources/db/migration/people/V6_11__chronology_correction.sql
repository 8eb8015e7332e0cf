-- People: correcting a chronology entry (issue 11). The original is never changed in its content: it is
-- marked as corrected (who, when, why) and the correction is a new entry that names it. Only one
-- correction per entry, so two agencies' users racing to correct it cannot both succeed; a correction
-- is itself an entry and is corrected the same way. Retention may remove either side on its own, so
-- the link empties rather than blocking the removal.
alter table chronology_entry
    add column corrects          uuid references chronology_entry (id) on delete set null,
    add column corrected_at      timestamptz,
    add column corrected_by_user uuid references app_user (id),
    add column corrected_by_name varchar(200),
    add column correction_reason varchar(500),
    add constraint chronology_correction_complete
        check ((corrected_at is null) = (corrected_by_name is null) and (corrected_at is null) = (correction_reason is null));
create unique index chronology_entry_corrects on chronology_entry (corrects) where corrects is not null;
