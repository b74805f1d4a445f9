-- Delivery ticks, chat list management and drafts: per-member state on the membership row; presence in its own
-- tables. Only additions: existing rows keep working (what was read counts as delivered).
alter table conversation_member add column last_delivered_seq bigint not null default 0;
alter table conversation_member add column pinned_at timestamp with time zone;
alter table conversation_member add column archived boolean not null default false;
alter table conversation_member add column muted boolean not null default false;
alter table conversation_member add column marked_unread boolean not null default false;
alter table conversation_member add column draft varchar(16384);
update conversation_member set last_delivered_seq = last_read_seq;

-- Presence. Each running instance has a row it refreshes (heartbeat); each person with an open page on an instance
-- has a row there. Online = a page row on an instance whose heartbeat is fresh. An instance that stops refreshing
-- (killed) is swept by the others, and its people get their last seen from its last heartbeat.
create table presence_instance (
    instance_id  varchar(64) primary key,
    heartbeat_at timestamp with time zone not null
);
create table presence_page (
    account_id  bigint not null references account (id),
    instance_id varchar(64) not null,
    constraint pk_presence_page primary key (account_id, instance_id)
);
create index ix_presence_page_instance on presence_page (instance_id);
-- Last seen and who may see it (the privacy setting), one row per person who has been online.
create table presence_status (
    account_id       bigint primary key references account (id),
    last_seen_at     timestamp with time zone,
    last_seen_hidden boolean not null default false
);
