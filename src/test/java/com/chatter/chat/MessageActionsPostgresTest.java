package com.chatter.chat;

import com.chatter.PostgresTest;

/** The message actions contract on a real (embedded) PostgreSQL with the production "postgres" profile. */
@PostgresTest
class MessageActionsPostgresTest extends MessageActionsContract {
}
