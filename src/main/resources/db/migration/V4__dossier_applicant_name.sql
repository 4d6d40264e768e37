-- The applicant's name as the population registry gave it at filing, so that task names can say
-- whose dossier it is without a registry lookup per task.
alter table dossier add column applicant_name varchar(200);
