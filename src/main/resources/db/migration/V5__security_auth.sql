-- Goes up with every password change; a session remembers the version it logged in with and ends when it is older.
alter table account add column credentials_version integer default 0 not null;
