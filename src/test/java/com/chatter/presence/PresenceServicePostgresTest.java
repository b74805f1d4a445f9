package com.chatter.presence;

import com.chatter.PostgresTest;

/** Presence on a real (embedded) PostgreSQL with the "postgres" profile. */
@PostgresTest
class PresenceServicePostgresTest extends PresenceServiceContract {
}
