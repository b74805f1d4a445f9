package com.chatter.search;

/** The search contract on the in-memory H2 database of the test profile. */
class MessageSearchH2Test extends MessageSearchContract {
}
