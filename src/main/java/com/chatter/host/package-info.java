/**
 * The extension host: runs the beans of the extension API ({@code com.chatter.extension}) against the chat. It
 * gives bots their accounts and hands them their messages on their own threads ({@link com.chatter.host.BotHost}),
 * and implements {@link com.chatter.extension.Messenger} by calling the chat's services as the account named.
 */
@NullMarked
package com.chatter.host;

import org.jspecify.annotations.NullMarked;
