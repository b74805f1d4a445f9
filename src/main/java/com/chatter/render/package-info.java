/**
 * The built-in message renderers, written against the extension API like any extension (links, WhatsApp
 * formatting, {@code @username} mentions), and {@link com.chatter.render.RenderChain}, which runs every
 * {@link com.chatter.extension.MessageRenderer} bean in order over a message's text.
 */
@NullMarked
@ApplicationModule(allowedDependencies = "extension")
package com.chatter.render;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
