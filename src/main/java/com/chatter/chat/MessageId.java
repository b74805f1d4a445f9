package com.chatter.chat;

import java.io.Serializable;

/** Identifies a message; assigned by the server. */
public record MessageId(long value) implements Serializable {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
