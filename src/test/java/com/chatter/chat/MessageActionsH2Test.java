package com.chatter.chat;

/** The message actions contract on the in-memory H2 database of the test profile. */
class MessageActionsH2Test extends MessageActionsContract {
}
