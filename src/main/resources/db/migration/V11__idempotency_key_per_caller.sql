-- An Idempotency-Key is the caller's own: two callers choosing the same key file two dossiers, and
-- neither replays nor learns of the other's. The caller is the account that filed (submitted_by).
alter table dossier drop constraint uq_dossier_idempotency_key;
alter table dossier add constraint uq_dossier_caller_idempotency_key
  unique (submitted_by, idempotency_key);
