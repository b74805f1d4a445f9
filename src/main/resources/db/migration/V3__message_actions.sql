-- Message actions (issue 7): replies, edits, deletion, reactions, stars, forwarding. The model grows once, here.
-- reply_to_id: the quoted message (same conversation, checked by the service). edited_at: the last edit.
-- deleted_at: deleted for everyone; the content is then emptied (the text is gone from the database).
-- forwarded: the message is a forwarded copy.
alter table message add column reply_to_id bigint;
alter table message add column edited_at timestamp with time zone;
alter table message add column deleted_at timestamp with time zone;
alter table message add column forwarded boolean default false not null;
alter table message add constraint fk_message_reply_to foreign key (reply_to_id) references message (id);

-- "Delete for me": one row per member and message hidden from that member's history, previews and search.
create table hidden_message (
    account_id bigint not null references account (id),
    message_id bigint not null references message (id),
    hidden_at  timestamp with time zone not null,
    constraint pk_hidden_message primary key (account_id, message_id)
);

-- Reactions: one per member and message (the primary key), picking another emoji replaces it.
create table message_reaction (
    message_id bigint      not null references message (id),
    account_id bigint      not null references account (id),
    emoji      varchar(16) not null,
    reacted_at timestamp with time zone not null,
    constraint pk_message_reaction primary key (message_id, account_id)
);

-- Stars: per member; the /starred page lists them newest star first.
create table starred_message (
    account_id bigint not null references account (id),
    message_id bigint not null references message (id),
    starred_at timestamp with time zone not null,
    constraint pk_starred_message primary key (account_id, message_id)
);
create index ix_starred_message_account on starred_message (account_id, starred_at);
