-- What the dossier owes and why (rows of the <procedure>-fee decision, like document decisions).
create table dossier_fee_item (
  dossier_id varchar(40)   not null references dossier (id),
  item       varchar(120)  not null,
  amount_vnd bigint        not null,
  reason     varchar(2000) not null,
  primary key (dossier_id, item)
);

-- Our ledger of payment requests, one row per request made to the platform. Exactly one payment
-- is recorded per request: settling locks the row and only an AWAITING row can be settled.
create table dossier_payment (
  request_id      varchar(40)   primary key,
  dossier_id      varchar(40)   not null references dossier (id),
  amount_vnd      bigint        not null,
  payer_pin       varchar(12)   not null,
  state           varchar(20)   not null,
  pay_url         varchar(1000),
  requested_at    timestamp with time zone not null,
  deadline        timestamp with time zone not null,
  paid_amount_vnd bigint,
  paid_at         timestamp with time zone,
  transaction_ref varchar(40),
  receipt_no      varchar(40),
  updated_at      timestamp with time zone not null
);
create index ix_dossier_payment_dossier on dossier_payment (dossier_id);
create index ix_dossier_payment_paid_at on dossier_payment (paid_at);

-- A thing that may be paid once only (a penalty decision), held by the dossier paying it, so that
-- two dossiers filed at the same moment for the same decision cannot both collect.
create table payment_claim (
  subject    varchar(200) primary key,
  dossier_id varchar(40)  not null references dossier (id),
  claimed_at timestamp with time zone not null
);
