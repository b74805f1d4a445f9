package com.chatter.block;

/** The blocking contract on the in-memory H2 database of the test profile. */
class BlockServiceH2Test extends BlockServiceContract {
}
