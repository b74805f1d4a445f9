package com.chatter.account;

import com.chatter.PostgresTest;

/** The account contract on a real (embedded) PostgreSQL with the production "postgres" profile. */
@PostgresTest
class AccountServicePostgresTest extends AccountServiceContract {
}
