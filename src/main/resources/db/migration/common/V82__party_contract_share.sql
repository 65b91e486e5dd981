-- The vendor list's contract value (on a vendor's row) and a subcontractor's share of it (on the
-- subcontractor's row), for the sanctions rule on subcontractors above 10 % of the contract value
-- in a procurement above the EU thresholds (docs/input-formats.md, docs/rules.md).
alter table intake_party add column contract_value_sek numeric(19, 2);
alter table intake_party add column subcontract_share_percent numeric(7, 4);
