/**
 * Message search: in one chat and across all of a person's chats, newest first, keyset paged. It stands on its own:
 * it reads the message tables with SQL (served by a trigram index on PostgreSQL, a scan on H2) and knows nothing of
 * the chat module's classes, so the chat views can use it without a cycle. Only members find messages; deleted
 * messages (for everyone, or for the searcher) are never found.
 */
@NullMarked
package com.chatter.search;

import org.jspecify.annotations.NullMarked;
