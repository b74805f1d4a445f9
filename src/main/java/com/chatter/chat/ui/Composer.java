package com.chatter.chat.ui;

import com.chatter.base.TextRules;
import com.chatter.base.ui.IconButton;
import com.chatter.chat.ChatMessage;
import com.chatter.chat.ChatService;
import com.chatter.chat.ConversationId;
import com.chatter.chat.ConversationNotFoundException;
import com.chatter.chat.MessageRejectedException;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The message box and send button. Enter sends, Shift+Enter makes a new line; a refused text stays in the box with
 * the reason; a retry of the same text keeps its client message id, so it is stored once. Features put their bars
 * (e.g. a reply preview) into {@link #extras}, above the box.
 */
class Composer extends Div {

    private static final Logger log = LoggerFactory.getLogger(Composer.class);

    final TextArea input = new TextArea();
    final IconButton send = new IconButton(VaadinIcon.PAPERPLANE, "Send");
    /** Above the input row: bars that belong to the composer (reply preview, suggestions, notices). */
    final Div extras = new Div();

    private final ChatService chat;
    private final Consumer<ChatMessage> onSent;
    private Delivery delivery;

    private @Nullable ConversationId conversation;
    private String clientMessageId = newClientMessageId();
    private @Nullable String clientMessageText;
    /** A refused text being put back into the box by {@link #restore}; its input event keeps the reason shown. */
    private @Nullable String restoring;
    /** Sees each text before it is sent: returns the text to send, or null when it was handled (a command). */
    private UnaryOperator<@Nullable String> beforeSend = text -> text;

    Composer(ChatService chat, Consumer<ChatMessage> onSent) {
        this.chat = chat;
        this.onSent = onSent;
        this.delivery = chat::send;
        addClassName("composer-area");

        input.setId("message-input");
        input.addClassName("message-input");
        input.setPlaceholder("Type a message");
        // One line high until more is typed, growing up to six lines, like WhatsApp's composer.
        input.setMinRows(1);
        input.setMaxRows(6);
        input.setAriaLabel("Message");
        // The composer alone decides when the box shows a reason (refuse/onTyped): the field's own validation
        // would clear it on the next value change, e.g. when a refused text is put back after Enter.
        input.setManualValidation(true);
        // Every change reaches the server in order (Flow sends one request at a time and batches what piles up
        // meanwhile), so the server's value is never an older text than the one shown: the send button and a
        // refused text depend on that. A throttled mode could leave an already sent text on the server.
        input.setValueChangeMode(ValueChangeMode.EAGER);
        input.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                onTyped();
            }
        });
        // Enter sends, Shift+Enter makes a new line: handled in the browser (see onAttach), so the text sent is
        // exactly what the field shows at that moment and the field is empty at once for the next message.

        send.setId("send-button");
        send.addClassName("send-button");
        send.addThemeVariants(ButtonVariant.PRIMARY);
        send.addClickListener(e -> send());

        extras.addClassName("composer-extras");
        var row = new Div(input, send);
        row.addClassName("composer");
        add(extras, row);
    }

    /**
     * What Enter and the send button do with the text. By default it is sent; a feature (replying, editing) may
     * handle it instead. Returns the stored message to show, or null when there is nothing new to show.
     */
    interface Delivery {
        @Nullable ChatMessage deliver(ConversationId conversation, String clientMessageId, String text);
    }

    void setDelivery(Delivery delivery) {
        this.delivery = delivery;
    }

    void resetDelivery() {
        this.delivery = chat::send;
    }

    /** A conversation was opened: the box starts empty. */
    void open(ConversationId id) {
        conversation = id;
        input.clear();
        input.setInvalid(false);
        clientMessageId = newClientMessageId();
        clientMessageText = null;
        input.focus();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        // Enter (without Shift, and not while an input method composes) sends the text the field holds right now.
        // The field is emptied in the browser at once, so whatever is typed next belongs to the next message; a
        // text that is too long stays put for the server to explain. The server checks everything again.
        input.getElement().executeJs("""
                const field = this;
                const view = $0;
                const max = $1;
                if (field.__enterToSend) return;
                field.__enterToSend = e => {
                  if (e.key !== 'Enter' || e.shiftKey || e.ctrlKey || e.altKey || e.metaKey || e.isComposing) return;
                  e.preventDefault();
                  const text = field.value || '';
                  if (!text.trim()) return;
                  const fits = [...text].length <= max;
                  if (fits) field.__setText('');
                  view.$server.sendFromKeyboard(text, fits);
                };
                // Changes the text as typing would, so the server hears of it like of any typed change.
                field.__setText = value => {
                  const area = field.querySelector('textarea') || field.inputElement;
                  area.value = value;
                  area.dispatchEvent(new Event('input', {bubbles: true, composed: true}));
                };
                field.addEventListener('keydown', field.__enterToSend);""", getElement(),
                ChatService.MAX_MESSAGE_LENGTH);
    }

    /** Lets a feature see each text before it is sent (e.g. slash commands); see {@link #beforeSend}. */
    void setBeforeSend(UnaryOperator<@Nullable String> beforeSend) {
        this.beforeSend = beforeSend;
    }

    /** Sends a text that was not typed (e.g. posted by a room action) the way a typed one is sent. */
    boolean post(String text) {
        return deliver(text, false);
    }

    /** Sends what the box holds (the send button). */
    void send() {
        if (deliver(input.getValue(), true)) {
            input.clear();
        }
        input.focus();
    }

    /**
     * Enter in the box: the browser hands over the text it shows and has already emptied the field when
     * {@code clearedInBrowser}. A refused text goes back into the field, so nothing typed is lost.
     */
    @ClientCallable
    void sendFromKeyboard(String text, boolean clearedInBrowser) {
        if (!deliver(text, true) && clearedInBrowser) {
            restore(text);
        }
    }

    /** Puts a text back into the box in the browser (when the browser had emptied it already). */
    void restore(String text) {
        restoring = text;
        input.getElement().executeJs("if (!this.value && this.__setText) this.__setText($0);", text);
    }

    /** Sends a text; true when it was stored (or had been stored already), false when refused or failed. */
    private boolean deliver(String typed, boolean typedByUser) {
        if (conversation == null) {
            return false;
        }
        if (typed == null || typed.isBlank()) {
            return false; // nothing to send; a second click after a send lands here too
        }
        var text = typedByUser ? beforeSend.apply(typed) : typed;
        if (text == null) {
            input.setInvalid(false);
            return true; // handled without sending (e.g. a command that answered only this person)
        }
        if (!text.equals(clientMessageText)) {
            // A new text gets a new id; the same text after a failure keeps its id, so a retry can't duplicate.
            clientMessageId = newClientMessageId();
            clientMessageText = text;
        }
        try {
            var message = delivery.deliver(conversation, clientMessageId, text);
            input.setInvalid(false);
            clientMessageText = null;
            if (message != null) {
                onSent.accept(message);
            }
            return true;
        } catch (MessageRejectedException rejected) {
            refuse(rejected.getMessage());
        } catch (ConversationNotFoundException gone) {
            showError("This chat is no longer available.");
        } catch (RuntimeException failure) {
            log.warn("Sending failed", failure);
            showError("Couldn't send the message. Your text is kept: try again.");
        }
        return false;
    }

    /** Shows why the text in the box was not sent; the text stays. */
    void refuse(String reason) {
        input.setErrorMessage(reason);
        input.setInvalid(true);
    }

    private void onTyped() {
        if (restoring != null && restoring.equals(input.getValue())) {
            restoring = null;
            return; // the refused text put back (restore): not typing, and the reason stays shown
        }
        restoring = null;
        if (input.isInvalid() && TextRules.length(input.getValue()) <= ChatService.MAX_MESSAGE_LENGTH) {
            input.setInvalid(false);
        }
        // Every keystroke is reported; ChatService.typing applies the one typing policy (TypingPolicy).
        if (conversation != null && TextRules.hasContent(input.getValue())) {
            try {
                chat.typing(conversation);
            } catch (RuntimeException e) {
                log.debug("Typing event not sent", e);
            }
        }
    }

    static void showError(String text) {
        var notification = Notification.show(text, 4000, Notification.Position.BOTTOM_CENTER);
        notification.addThemeVariants(NotificationVariant.ERROR);
    }

    private static String newClientMessageId() {
        return UUID.randomUUID().toString();
    }
}
