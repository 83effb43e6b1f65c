-- Verification by re-checking (issue 7, item 5): what a verification re-ran and on which later
-- assessment, and which criteria a survey actually measured (so a re-survey that leaves a
-- criterion out does not count as passing it). Portable between H2 (MODE=PostgreSQL) and PostgreSQL 15.

alter table assignment add column rules_rechecked varchar(2000);
alter table assignment add column verification_evidence text;

alter table survey_facility add column surveyed text;
