package com.chatter.limits;

import io.github.bucket4j.BucketConfiguration;

/** Where the token buckets live. Answers in nanoseconds to wait: 0 means the token was (or could be) taken. */
interface BucketStore extends AutoCloseable {

    /** Takes one token from the key's bucket if there is one. */
    long tryTake(String key, BucketConfiguration configuration);

    /** Whether one token could be taken now, without taking it. */
    long check(String key, BucketConfiguration configuration);

    /** Puts one token back (up to the bucket's capacity), e.g. for an attempt that turned out not to count. */
    void giveBack(String key, BucketConfiguration configuration);

    @Override
    default void close() {
    }
}
