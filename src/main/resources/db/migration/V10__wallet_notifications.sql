-- Notifications the sandbox VNeID app received: the citizen hears of every status change of a
-- dossier (process notify-citizen).
create table sandbox_wallet_notification (
  notification_id varchar(40)   primary key,
  recipient_pin   varchar(12)   not null,
  dossier_id      varchar(40)   not null,
  status          varchar(40)   not null,
  message         varchar(1000) not null,
  sent_at         timestamp with time zone not null
);
create index ix_sandbox_wallet_notification_recipient on sandbox_wallet_notification (recipient_pin);
