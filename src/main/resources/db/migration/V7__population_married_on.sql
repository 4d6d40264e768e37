-- Population records the date of a marriage registered through the marriage-registration
-- procedure, with the spouse and the status MARRIED; older records have none.
alter table sandbox_population_citizen add column married_on date;
