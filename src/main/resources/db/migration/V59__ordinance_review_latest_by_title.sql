-- The latest review of a title, read in index order: H2 sorted every review of the title with the
-- index on (title, created_at) alone, so resubmitting a draft got slower with each version.
-- Portable between H2 (MODE=PostgreSQL) and PostgreSQL 15.

create index ix_ordinance_review_title_latest on ordinance_review (title, created_at, id);

drop index ix_ordinance_review_title;
