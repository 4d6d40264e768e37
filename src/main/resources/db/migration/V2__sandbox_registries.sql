-- Sandbox registries: each registry on its own tables, loaded from sandbox-data/ at first start.
-- idempotency_key columns make the registries' write operations safe to repeat.
create table sandbox_dataset (
  name      varchar(60) primary key,
  loaded_at timestamp with time zone not null
);

create table sandbox_population_citizen (
  pin                    varchar(12)  primary key,
  full_name              varchar(200) not null,
  gender                 varchar(6)   not null,
  date_of_birth          date         not null,
  father_pin             varchar(12),
  mother_pin             varchar(12),
  spouse_pin             varchar(12),
  marital_status         varchar(10)  not null,
  household_id           varchar(20),
  residence_commune_code varchar(5),
  residence_address      varchar(300),
  residence_legacy_address varchar(300),
  residence_registered_on date,
  id_card_number         varchar(12),
  id_card_issue_date     date,
  id_card_expiry_date    date,
  vneid_level            integer      not null,
  deceased               boolean      not null,
  date_of_death          date,
  idempotency_key        varchar(200),
  constraint uq_sandbox_citizen_idempotency unique (idempotency_key)
);
create index ix_sandbox_citizen_mother on sandbox_population_citizen (mother_pin);
create index ix_sandbox_citizen_father on sandbox_population_citizen (father_pin);

create table sandbox_civil_status_birth (
  commune_code         varchar(5)   not null,
  registration_no      varchar(40)  not null,
  registered_on        date         not null,
  child_pin            varchar(12),
  child_name           varchar(200) not null,
  gender               varchar(6)   not null,
  date_of_birth        date         not null,
  father_pin           varchar(12),
  mother_pin           varchar(12),
  medical_certificate_no varchar(40),
  idempotency_key      varchar(200),
  primary key (commune_code, registration_no),
  constraint uq_sandbox_birth_idempotency unique (idempotency_key)
);
create index ix_sandbox_birth_child on sandbox_civil_status_birth (child_pin);
create index ix_sandbox_birth_certificate on sandbox_civil_status_birth (medical_certificate_no);

create table sandbox_civil_status_marriage (
  commune_code    varchar(5)  not null,
  registration_no varchar(40) not null,
  registered_on   date        not null,
  husband_pin     varchar(12) not null,
  wife_pin        varchar(12) not null,
  dissolved_on    date,
  idempotency_key varchar(200),
  primary key (commune_code, registration_no),
  constraint uq_sandbox_marriage_idempotency unique (idempotency_key)
);
create index ix_sandbox_marriage_husband on sandbox_civil_status_marriage (husband_pin);
create index ix_sandbox_marriage_wife on sandbox_civil_status_marriage (wife_pin);

create table sandbox_civil_status_death (
  commune_code    varchar(5)  not null,
  registration_no varchar(40) not null,
  registered_on   date        not null,
  deceased_pin    varchar(12) not null,
  date_of_death   date        not null,
  idempotency_key varchar(200),
  primary key (commune_code, registration_no),
  constraint uq_sandbox_death_idempotency unique (idempotency_key)
);
create index ix_sandbox_death_pin on sandbox_civil_status_death (deceased_pin);

create table sandbox_civil_status_divorce (
  judgment_no  varchar(60)  primary key,
  court        varchar(200) not null,
  effective_on date         not null,
  husband_pin  varchar(12)  not null,
  wife_pin     varchar(12)  not null
);

create table sandbox_health_birth_certificate (
  certificate_no varchar(40)  primary key,
  facility       varchar(200) not null,
  mother_pin     varchar(12)  not null,
  date_of_birth  date         not null,
  gender         varchar(6)   not null,
  weight_grams   integer
);

create table sandbox_health_death_notice (
  notice_no      varchar(40)  primary key,
  issuer         varchar(200) not null,
  deceased_pin   varchar(12)  not null,
  date_of_death  date         not null,
  place_of_death varchar(200)
);
