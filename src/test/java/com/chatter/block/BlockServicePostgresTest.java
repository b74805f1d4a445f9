package com.chatter.block;

import com.chatter.PostgresTest;

/** The blocking contract on a real (embedded) PostgreSQL with the production "postgres" profile. */
@PostgresTest
class BlockServicePostgresTest extends BlockServiceContract {
}
