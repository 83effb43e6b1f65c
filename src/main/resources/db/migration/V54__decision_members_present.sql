-- Who was present at a committee decision (spec 5.1 "members present"), by committee member:
-- committee_decision.members_present stays the count (derived from these rows when they are given).
create table decision_present_member (
    decision_id  bigint not null references committee_decision (id),
    member_id    bigint not null references committee_member (id),
    primary key (decision_id, member_id)
);
create index ix_decision_present_member_member on decision_present_member (member_id);
