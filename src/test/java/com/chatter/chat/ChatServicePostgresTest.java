package com.chatter.chat;

import com.chatter.PostgresTest;

/** The chat contract on a real (embedded) PostgreSQL with the production "postgres" profile. */
@PostgresTest
class ChatServicePostgresTest extends ChatServiceContract {
}
