package com.chatter.realtime;

/** A subscription to a channel; closing it twice is harmless. */
@FunctionalInterface
public interface Subscription extends AutoCloseable {

    @Override
    void close();
}
