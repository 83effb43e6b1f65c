-- Triage and reports (issue 7 items 6, 8, 10): the computed priority kept beside the chosen one,
-- and an e-mail address for reminder e-mails (nullable: a user without one gets in-app reminders only).

alter table recommendation add column priority_score numeric(8,2);
alter table recommendation add column priority_computed varchar(4);
alter table recommendation add column priority_parts text;

alter table user_account add column email varchar(320);
