-- The consent's recording agency takes the name every other record about a person uses.
alter table consent rename column recorded_by_agency to recorded_by_agency_id;
