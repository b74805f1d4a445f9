package com.chatter.chat;

import com.chatter.PostgresTest;

/** Delivery ticks and chat list management on a real (embedded) PostgreSQL with the "postgres" profile. */
@PostgresTest
class AttentionServicePostgresTest extends AttentionServiceContract {
}
