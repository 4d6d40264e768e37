-- Temporary absences (tạm vắng) that population records on a citizen once the commune police
-- accept a temporary absence declaration. The sandbox data holds none: the table starts empty.
create table sandbox_population_temporary_absence (
  absence_no               varchar(40)  primary key,
  pin                      varchar(12)  not null,
  residence_commune_code   varchar(10)  not null,
  absent_from              date         not null,
  absent_until             date         not null,
  destination_commune_code varchar(10),
  abroad_country           varchar(2),
  reason                   varchar(500),
  recorded_on              date         not null
);
create index ix_sandbox_temporary_absence_pin on sandbox_population_temporary_absence (pin);
