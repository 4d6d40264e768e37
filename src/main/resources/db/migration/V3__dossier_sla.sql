-- The deadline of each dossier: the working-day clock (started when the dossier is complete,
-- paused while the citizen supplements it), warnings, escalation and the outcome the on-time
-- KPIs are computed from. Denormalised procedure, commune and province keep the KPI queries on
-- one indexed table, fast at a million finished dossiers.
create table dossier_sla (
  dossier_id              varchar(40) primary key references dossier (id),
  procedure_key           varchar(80) not null,
  commune_code            varchar(5)  not null,
  province_code           varchar(2)  not null,
  clock_state             varchar(12) not null,
  started_at              timestamp with time zone,
  paused_at               timestamp with time zone,
  remaining_amount        integer,
  paused_working_days     integer     not null default 0,
  due_date                timestamp with time zone,
  warned_at               timestamp with time zone,
  escalated_at            timestamp with time zone,
  finished_at             timestamp with time zone,
  on_time                 boolean,
  processing_working_days integer
);
-- Open dossiers (finished_at null) by due date, finished ones by period.
create index ix_dossier_sla_open on dossier_sla (finished_at, due_date, province_code, commune_code, procedure_key);
-- Per place: open and finished dossiers of one province or commune.
create index ix_dossier_sla_place on dossier_sla (province_code, commune_code, procedure_key, finished_at);

-- When a document was (last) asked for: only a document received since then satisfies it, so an
-- officer may ask again for a document the citizen supplied before.
alter table dossier_document_decision add column requested_at timestamp with time zone;
