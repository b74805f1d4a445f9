-- Message search (issue 7, item 4) on PostgreSQL: a trigram index on the lower-cased text serves the search's
-- "lower(content) like '%word%'" at any depth. pg_trgm is a trusted extension (PostgreSQL 13+): the database owner
-- may create it without superuser rights.
create extension if not exists pg_trgm;
create index ix_message_content_trgm on message using gin (lower(content) gin_trgm_ops);
