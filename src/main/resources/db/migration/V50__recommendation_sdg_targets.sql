-- SDG links of a recommendation (spec section 3.3): goal or target codes of the SDG taxonomy in
-- rules/recommendations/taxonomy.csv, chosen at triage; the reports filter on them.
create table recommendation_sdg_target (
    recommendation_id  bigint      not null references recommendation (id),
    code               varchar(20) not null,
    primary key (recommendation_id, code)
);
create index ix_recommendation_sdg_target_code on recommendation_sdg_target (code);
