-- Evidence downloads look up the evidence rows that cite a stored file ("evidence-file:<id>") to
-- compare their SHA-256 and to name the measure on the pages. Portable between H2 and PostgreSQL 15.

create index ix_evidence_uri on evidence (uri);
