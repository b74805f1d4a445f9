package com.chatter.extension;

/**
 * A bot: a Spring bean with an account of its own. People find it in the new-chat dialog (shown with a "bot"
 * badge) and chat with it like with a person; it receives each message of its conversations after the message was
 * committed, on the bot's own thread (never the sender's), one message at a time in order, and answers through
 * {@link BotReplies}.
 *
 * <p>The account is created on start (username and display name from this bean; nobody can log in as it). A slow
 * or failing bot never delays or breaks delivery between people: its exceptions are logged and counted
 * ({@code chat.bots.errors}, tag {@code bot}). Bots receive messages from people only, never their own nor
 * another bot's, so two bots cannot talk each other into a loop.
 *
 * <pre>{@code
 * @Component
 * class EchoBot implements ChatBot {
 *     public String username() { return "echobot"; }
 *     public String displayName() { return "Echo"; }
 *     public void onMessage(IncomingMessage message, BotReplies replies) {
 *         replies.reply("You said: " + message.text());
 *     }
 * }
 * }</pre>
 */
public interface ChatBot {

    /** The bot's username: 3 to 32 letters, digits, {@code .}, {@code _} or {@code -}, unique among all accounts. */
    String username();

    /** The name people see. */
    String displayName();

    /** One message of one of the bot's conversations, from a person. Runs on the bot's thread. */
    void onMessage(IncomingMessage message, BotReplies replies);
}
