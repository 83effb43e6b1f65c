-- Indexes for the lookups of ordinance reviews by recency and by the version they follow,
-- and the ids of each review's findings.
-- Portable between H2 (MODE=PostgreSQL) and PostgreSQL 15.

create index ix_ordinance_review_created on ordinance_review (created_at, id);

create index ix_ordinance_review_previous on ordinance_review (previous_review_id);

-- The stable ids of a review's findings (one per line), so comparing a new version with it reads
-- the full findings only for those resolved since. Empty for reviews stored before this column.
alter table ordinance_review add column finding_ids text;
