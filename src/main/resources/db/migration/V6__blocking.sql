-- Blocking: one row per (blocker, blocked) pair. A blocked pair can't message each other and sees no typing or
-- presence of the other. The reverse index answers "who blocked me" for the either-way check.
create table account_block (
    blocker_id bigint not null references account (id),
    blocked_id bigint not null references account (id),
    created_at timestamp with time zone not null,
    constraint pk_account_block primary key (blocker_id, blocked_id)
);
create index ix_account_block_blocked on account_block (blocked_id, blocker_id);
