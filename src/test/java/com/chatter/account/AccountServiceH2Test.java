package com.chatter.account;

/** The account contract on the in-memory H2 database of the test profile. */
class AccountServiceH2Test extends AccountServiceContract {
}
