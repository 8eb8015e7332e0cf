-- Every record about a person names the agency that recorded it in one column, recorded_by_agency_id,
-- so retention, subject access and the policy's category checks read the same name in every table.
alter table person_field rename column source_agency_id to recorded_by_agency_id;
alter table chronology_entry rename column source_agency_id to recorded_by_agency_id;
