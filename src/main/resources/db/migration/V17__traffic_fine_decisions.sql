-- Facts of a penalty decision the shared sandbox data lacks (sandbox-data/traffic-penalty-decisions.json,
-- loaded as its own dataset after the fines): the decision date, from which the 10 days to pay and
-- the late-payment interest count, and the authority that issued it, whose officers handle a
-- payment problem. Nullable: a database loaded before this version gets them with that dataset.
alter table sandbox_traffic_fine add column decided_on date;
alter table sandbox_traffic_fine add column issuer_province_code varchar(2);
alter table sandbox_traffic_fine add column issuer_name varchar(200);
create index ix_sandbox_fine_plate on sandbox_traffic_fine (plate);
