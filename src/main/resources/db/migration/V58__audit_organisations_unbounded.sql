-- The organisations a caller acted for are joined with commas; a contact of several organisations
-- overflowed varchar(40) and the transition failed. Widening keeps every stored value and hash.
-- Portable between H2 (MODE=PostgreSQL) and PostgreSQL 15.

alter table audit_event alter column on_behalf_of_org set data type text;
