package com.chatter.search;

import com.chatter.PostgresTest;

/** The search contract on a real (embedded) PostgreSQL: the trigram index of db/vendor/postgresql. */
@PostgresTest
class MessageSearchPostgresTest extends MessageSearchContract {
}
