-- A representative's role may carry the dates it was held (docs/input-formats.md): the register
-- keeps former representatives with the day they left, for the relationship graph's PHOENIX signal.
alter table intake_representative add column valid_from date;
alter table intake_representative add column valid_to date;
