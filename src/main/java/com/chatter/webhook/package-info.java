/**
 * Outgoing webhooks built on the extension API's integration events: each event is posted as JSON to every endpoint
 * configured under {@code chatter.webhooks}, signed with HMAC-SHA256, retried with backoff, never on the thread of
 * the person who caused it.
 */
@NullMarked
@ApplicationModule(allowedDependencies = "extension")
package com.chatter.webhook;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
