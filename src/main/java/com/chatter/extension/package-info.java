/**
 * The Java extension API of Chatter: what a team writes to extend the chat without touching its views.
 *
 * <p>Everything here is an interface or a record, documented with an example, and depends on nothing of the
 * application (only the JDK and, for {@link com.chatter.extension.MessageRenderer}, Vaadin's DOM {@code Element}).
 * An extension is a Spring bean implementing one of these interfaces:
 * <ul>
 *   <li>{@link com.chatter.extension.ChatBot}: an account that receives the messages of its conversations and
 *       replies;</li>
 *   <li>{@link com.chatter.extension.SlashCommand}: {@code /name arguments} typed in the composer;</li>
 *   <li>{@link com.chatter.extension.MessageRenderer}: turns message text into elements (links, formatting);</li>
 *   <li>{@link com.chatter.extension.ChatRoomAction}: an item of the chat room's header menu;</li>
 *   <li>any bean with an {@code @EventListener} for an {@link com.chatter.extension.IntegrationEvent}: told after
 *       commit when a message is posted, a conversation created, a person registered.</li>
 * </ul>
 * Extensions that need to post later (a reminder) or on their own inject {@link com.chatter.extension.Messenger}.
 * The module test ({@code ModularityTest}) keeps extension code such as {@code com.chatter.examples} from depending
 * on anything but this package.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {})
package com.chatter.extension;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
