-- The sandbox payment platform: the requests it was asked to collect and what became of them.
-- Its own tables, as the real platform keeps its own books: reconciliation compares the two.
create table sandbox_payment_request (
  request_id      varchar(40)   primary key,
  dossier_id      varchar(40)   not null,
  amount_vnd      bigint        not null,
  payer_pin       varchar(12)   not null,
  description     varchar(500)  not null,
  state           varchar(20)   not null,
  expires_at      timestamp with time zone not null,
  created_at      timestamp with time zone not null,
  paid_amount_vnd bigint,
  paid_at         timestamp with time zone,
  transaction_ref varchar(40),
  -- Orders the events the platform reports for one request (PaymentCallback.sequence).
  last_sequence   bigint        not null
);
create index ix_sandbox_payment_request_dossier on sandbox_payment_request (dossier_id);
create index ix_sandbox_payment_request_paid_at on sandbox_payment_request (paid_at);
