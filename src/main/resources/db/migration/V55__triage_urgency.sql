-- Triage (spec 3.4): the dated event that makes a recommendation urgent (an election, a public
-- event) and the officer's estimate of the people affected a year (reach), kept with the record.
alter table recommendation add column event_date date;
alter table recommendation add column event_name varchar(300);
alter table recommendation add column reach_people integer;
