package com.chatter.chat.ui;

/**
 * The ticks of the bubbles of one list ({@code data-status}): my messages are "sent", "delivered" once they reached
 * a page of the other person, "read" once they read them; theirs are "read" up to where I have read. The positions
 * only move forward.
 */
final class BubbleTicks {

    private long otherReadSeq;
    private long otherDeliveredSeq;
    private long myReadSeq;

    /** A new conversation's read positions (its delivery position is set before, see {@link #deliveredFrom}). */
    void reset(long myReadSeq, long otherReadSeq) {
        this.myReadSeq = myReadSeq;
        this.otherReadSeq = otherReadSeq;
    }

    void deliveredFrom(long seq) {
        otherDeliveredSeq = seq;
    }

    long myReadSeq() {
        return myReadSeq;
    }

    long otherReadSeq() {
        return otherReadSeq;
    }

    long otherDeliveredSeq() {
        return otherDeliveredSeq;
    }

    /** True when that moved the other person's read position. */
    boolean otherReadUpTo(long seq) {
        if (seq <= otherReadSeq) {
            return false;
        }
        otherReadSeq = seq;
        return true;
    }

    /** True when that moved the delivery position of my messages. */
    boolean otherDeliveredUpTo(long seq) {
        if (seq <= otherDeliveredSeq) {
            return false;
        }
        otherDeliveredSeq = seq;
        return true;
    }

    /** True when that moved my read position. */
    boolean iReadUpTo(long seq) {
        if (seq <= myReadSeq) {
            return false;
        }
        myReadSeq = seq;
        return true;
    }

    String status(long seq, boolean mine) {
        if (seq <= (mine ? otherReadSeq : myReadSeq)) {
            return "read";
        }
        return mine && seq <= otherDeliveredSeq ? "delivered" : "sent";
    }
}
