package com.chatter.chat;

/** The chat contract on the in-memory H2 database of the test profile. */
class ChatServiceH2Test extends ChatServiceContract {
}
