package com.chatter.account;

import java.io.Serializable;

/** Identifies a user account. */
public record UserId(long value) implements Serializable {

    public static UserId of(long value) {
        return new UserId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
