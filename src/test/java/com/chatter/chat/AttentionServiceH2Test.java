package com.chatter.chat;

/** Delivery ticks and chat list management on the in-memory H2 database of the test profile. */
class AttentionServiceH2Test extends AttentionServiceContract {
}
