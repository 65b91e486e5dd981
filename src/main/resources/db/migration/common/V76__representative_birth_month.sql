-- A person known only by name and year and month of birth (YYYY-MM; docs/input-formats.md):
-- birth_date stays null and birth_month holds the year and month.
alter table intake_representative add column birth_month varchar(7);
