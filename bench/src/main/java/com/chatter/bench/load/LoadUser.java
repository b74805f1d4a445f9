package com.chatter.bench.load;

/**
 * One simulated person. Users {@code 2k} and {@code 2k+1} of a run chat with each other in {@code conversationId};
 * 0 means unknown: the driver then looks it up with the pair's first member ({@code GET /api/conversations}).
 */
public record LoadUser(String username, long conversationId) {
}
