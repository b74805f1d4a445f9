/**
 * Presence settings as components that any settings page can place (e.g. the account settings page).
 */
@NamedInterface("ui")
package com.chatter.presence.ui;

import org.springframework.modulith.NamedInterface;
