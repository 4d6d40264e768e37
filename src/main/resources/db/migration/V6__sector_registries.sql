-- The sector registries of sandbox-data/sector-registries.json, each on its own tables, and empty
-- tables for the registries the sandbox data has no records of (tax e-invoices, notarized
-- contracts, VNeID consents, the VNeID wallet), which tests and the demo fill.

-- Writes of the sector registries: the idempotency key of each write and the record it made, so
-- that a repeated write answers that record instead of making a second one.
create table sandbox_write (
  idempotency_key varchar(200) primary key,
  registry        varchar(40)  not null,
  reference       varchar(100) not null,
  written_at      timestamp with time zone not null
);

-- Keyed by certificate: the registry holds parcels with the same parcel id.
create table sandbox_land_parcel (
  certificate_no varchar(20)   primary key,
  parcel_id      varchar(20)   not null,
  commune_code   varchar(5)    not null,
  area_m2        decimal(12,2) not null,
  land_use       varchar(20)   not null,
  mortgaged      boolean       not null
);
create table sandbox_land_parcel_owner (
  certificate_no varchar(20) not null references sandbox_land_parcel (certificate_no),
  owner_pin      varchar(12) not null,
  primary key (certificate_no, owner_pin)
);
create index ix_sandbox_land_owner on sandbox_land_parcel_owner (owner_pin);

create table sandbox_health_insurance_card (
  card_no      varchar(20) primary key,
  holder_pin   varchar(12) not null,
  household_id varchar(20),
  category     varchar(20) not null,
  valid_from   date        not null,
  valid_to     date        not null
);
create index ix_sandbox_health_card_holder on sandbox_health_insurance_card (holder_pin);

create table sandbox_unemployment_insurance (
  pin                         varchar(12)  primary key,
  social_insurance_no         varchar(20)  not null,
  employer                    varchar(200) not null,
  months_last_24              integer      not null,
  contract_ended_on           date,
  average_monthly_salary_vnd  bigint       not null
);

create table sandbox_driving_licence (
  licence_no    varchar(20) primary key,
  holder_pin    varchar(12) not null,
  licence_class varchar(5)  not null,
  issued_on     date        not null,
  expires_on    date,
  points        integer     not null
);
create index ix_sandbox_licence_holder on sandbox_driving_licence (holder_pin);

create table sandbox_vehicle (
  plate        varchar(20)  primary key,
  owner_pin    varchar(12)  not null,
  vehicle_type varchar(20)  not null,
  brand        varchar(100) not null,
  frame_no     varchar(30)  not null,
  engine_no    varchar(30)  not null
);
create index ix_sandbox_vehicle_owner on sandbox_vehicle (owner_pin);

create table sandbox_traffic_fine (
  decision_no varchar(30)  primary key,
  plate       varchar(20)  not null,
  owner_pin   varchar(12)  not null,
  violation   varchar(200) not null,
  detected_at timestamp with time zone not null,
  amount_vnd  bigint       not null,
  paid        boolean      not null,
  paid_on     date
);
create index ix_sandbox_fine_owner on sandbox_traffic_fine (owner_pin);

create table sandbox_criminal_record (
  judgment_no   varchar(30)  not null,
  pin           varchar(12)  not null,
  court         varchar(200) not null,
  judgment_date date         not null,
  offence       varchar(300) not null,
  sentence      varchar(300) not null,
  expunged      boolean      not null,
  primary key (judgment_no, pin)
);
create index ix_sandbox_criminal_pin on sandbox_criminal_record (pin);

create table sandbox_electricity_contract (
  contract_no  varchar(20)  primary key,
  customer_pin varchar(12)  not null,
  commune_code varchar(5)   not null,
  address      varchar(300) not null,
  meter_no     varchar(20),
  supplier     varchar(200) not null
);
create index ix_sandbox_electricity_customer on sandbox_electricity_contract (customer_pin);

create table sandbox_enterprise (
  enterprise_code          varchar(13)  primary key,
  name                     varchar(300) not null,
  legal_representative_pin varchar(12)  not null,
  commune_code             varchar(5)   not null,
  registered_on            date         not null,
  has_seal                 boolean      not null
);
create index ix_sandbox_enterprise_representative on sandbox_enterprise (legal_representative_pin);

create table sandbox_high_school_student (
  pin                  varchar(12)  primary key,
  school               varchar(200) not null,
  grade                integer      not null,
  graduation_exam_year integer      not null
);

create table sandbox_tax_e_invoice (
  invoice_no       varchar(40)  primary key,
  seller_tax_code  varchar(14)  not null,
  seller_name      varchar(300) not null,
  buyer_pin        varchar(12)  not null,
  issued_on        date         not null,
  description      varchar(500) not null,
  amount_vnd       bigint       not null
);
create index ix_sandbox_e_invoice_buyer on sandbox_tax_e_invoice (buyer_pin);

create table sandbox_notarized_contract (
  contract_no   varchar(40)  primary key,
  contract_type varchar(40)  not null,
  notary_office varchar(300) not null,
  notarized_on  date         not null,
  subject       varchar(300) not null
);
create table sandbox_notarized_contract_party (
  contract_no varchar(40) not null references sandbox_notarized_contract (contract_no),
  party_pin   varchar(12) not null,
  primary key (contract_no, party_pin)
);
create index ix_sandbox_notarized_party on sandbox_notarized_contract_party (party_pin);

create table sandbox_vneid_consent (
  consent_id  varchar(40)  primary key,
  grantor_pin varchar(12)  not null,
  grantee_pin varchar(12),
  purpose     varchar(60)  not null,
  given_on    date         not null,
  revoked     boolean      not null
);
create index ix_sandbox_consent_grantor on sandbox_vneid_consent (grantor_pin);

create table sandbox_wallet_document (
  document_id   varchar(40)  primary key,
  holder_pin    varchar(12)  not null,
  document_type varchar(40)  not null,
  title         varchar(300) not null,
  reference     varchar(100) not null,
  issued_on     date         not null,
  delivered_at  timestamp with time zone not null
);
create index ix_sandbox_wallet_holder on sandbox_wallet_document (holder_pin);
