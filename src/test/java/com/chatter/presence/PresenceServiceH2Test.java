package com.chatter.presence;

/** Presence on the in-memory H2 database of the test profile. */
class PresenceServiceH2Test extends PresenceServiceContract {
}
