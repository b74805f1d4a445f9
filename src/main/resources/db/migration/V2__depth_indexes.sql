-- The chat list of a person with many conversations: their memberships and read positions come from this index
-- alone (an index-only scan on PostgreSQL) instead of a scan over every membership. Measured on PostgreSQL with
-- 100,000 conversations and a person in 1,000 of them: the planner stops choosing a parallel sequential scan of
-- conversation_member (see bench/results/depth.md). It starts with the columns of ix_member_account, which it
-- replaces. Its cost: changing last_read_seq now updates this index too (no HOT update on PostgreSQL).
create index ix_member_account_read on conversation_member (account_id, conversation_id, last_read_seq);
drop index ix_member_account;
