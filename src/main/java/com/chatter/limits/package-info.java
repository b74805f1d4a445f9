/**
 * Rate limits against abuse (guessing passwords, mass registration, flooding): token buckets per account, client
 * address or user, kept in memory on one instance or shared through Redis by several.
 */
@NullMarked
package com.chatter.limits;

import org.jspecify.annotations.NullMarked;
