-- Pensioners of social insurance, for the funeral allowance (a pensioner's survivors receive it
-- whatever the months contributed). The sandbox data holds no pensioners: the table starts empty
-- and tests or the demo add them through the sandbox-only POST /sandbox/social-insurance/pensioners.
create table sandbox_pensioner (
  pin                 varchar(12) primary key,
  social_insurance_no varchar(20) not null,
  pension_from        date        not null
);

-- Funeral allowances granted by social security: one per deceased, hence the unique key.
create table sandbox_funeral_allowance (
  decision_no     varchar(40) primary key,
  deceased_pin    varchar(12) not null unique,
  beneficiary_pin varchar(12) not null,
  amount_vnd      bigint      not null,
  granted_on      date        not null
);
