-- The chat list at depth (issue 6; bench/results/depth.md): one person's list reads their membership rows, and per
-- row exactly one conversation row and one other membership row by primary key; nothing else.
--
-- 1. The preview of the newest message, kept on the conversation row: the list reads no message rows (before: one
--    probe of the message table, the largest, per listed conversation). Written in the same transaction as the
--    message: a send already locks and updates this row (last_seq); an edit or a deletion for everyone of the newest
--    message changes the copy too (a deleted message's text is gone from here as well). No foreign key to message:
--    messages are never removed, and a send should not pay for the check.
alter table conversation add column last_message_id bigint;
alter table conversation add column last_sender_id bigint;
alter table conversation add column last_content varchar(16384);
update conversation set
    last_message_id = (select m.id from message m where m.conversation_id = conversation.id and m.seq = conversation.last_seq),
    last_sender_id = (select m.sender_id from message m where m.conversation_id = conversation.id and m.seq = conversation.last_seq),
    last_content = (select m.content from message m where m.conversation_id = conversation.id and m.seq = conversation.last_seq)
where last_seq > 0;

-- 2. The other member of a direct conversation (fixed when it is created), on each member's row: the list finds the
--    other's read and delivery positions by the whole primary key. Joined on the conversation alone, PostgreSQL's
--    planner sometimes chose a parallel scan of every membership instead (100-400 ms for 1,000 rows against 10 ms).
--    Null for a future group conversation.
alter table conversation_member add column other_account_id bigint;
update conversation_member set other_account_id = (select o.account_id from conversation_member o
    where o.conversation_id = conversation_member.conversation_id and o.account_id <> conversation_member.account_id);
