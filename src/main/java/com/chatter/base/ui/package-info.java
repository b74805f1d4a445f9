/**
 * Shared UI building blocks (avatars, time labels, live-update batching, the not-found page) used by the
 * features' views.
 */
@NamedInterface("ui")
package com.chatter.base.ui;

import org.springframework.modulith.NamedInterface;
