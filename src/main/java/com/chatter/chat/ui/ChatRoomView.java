package com.chatter.chat.ui;

import com.chatter.account.UserId;
import com.chatter.base.TextRules;
import com.chatter.base.ui.Avatars;
import com.chatter.base.ui.ClientTimeZone;
import com.chatter.base.ui.TimeLabels;
import com.chatter.base.ui.UiScheduler;
import com.chatter.chat.ChatEvent;
import com.chatter.chat.ChatMessage;
import com.chatter.chat.ChatService;
import com.chatter.chat.ConversationDetails;
import com.chatter.chat.ConversationId;
import com.chatter.chat.ConversationNotFoundException;
import com.chatter.chat.MessagePosted;
import com.chatter.chat.MessageRejectedException;
import com.chatter.chat.MessagesRead;
import com.chatter.chat.TypingPolicy;
import com.chatter.chat.TypingStarted;
import com.chatter.security.CurrentUser;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One conversation: header with the other person and "typing…", the messages, and the composer. */
@Route(value = "chat/:" + ChatRoomView.PARAMETER, layout = ChatLayout.class)
@PageTitle("Chat · Chatter")
@PermitAll
class ChatRoomView extends Div implements BeforeEnterObserver {

    static final String PARAMETER = "conversationId";
    static final int PAGE_SIZE = 50;

    private static final Logger log = LoggerFactory.getLogger(ChatRoomView.class);

    final Button back = new Button(VaadinIcon.ARROW_LEFT.create());
    final Span name = new Span();
    final Span status = new Span();
    final MessageList messages = new MessageList(this::loadOlder, this::newestPage);
    final TextArea input = new TextArea();
    final Button send = new Button(VaadinIcon.PAPERPLANE.create());
    private final Div avatarHolder = new Div();

    private final ChatService chat;
    private final UiScheduler scheduler;
    private final Clock clock;
    private final UserId me;

    private @Nullable ConversationDetails conversation;
    private @Nullable Registration typingTimer;
    private boolean pageVisible = true;
    private @Nullable ZoneId labelsZone;
    private long myReadSeq;
    private String clientMessageId = newClientMessageId();
    private @Nullable String clientMessageText;

    ChatRoomView(ChatService chat, CurrentUser currentUser, UiScheduler scheduler,
            Clock clock) {
        this.chat = chat;
        this.scheduler = scheduler;
        this.clock = clock;
        this.me = currentUser.require();
        addClassName("chat-room");

        back.setId("back-button");
        back.addClassName("back-button");
        back.addThemeVariants(ButtonVariant.TERTIARY);
        back.setAriaLabel("Back to chats");
        back.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(ChatHomeView.class)));

        name.addClassName("chat-header-name");
        name.setId("chat-name");
        status.setId("chat-status");
        status.addClassName("chat-status");
        avatarHolder.addClassName("chat-header-avatar");
        var titles = new Div(name, status);
        titles.addClassName("chat-header-titles");
        var header = new Div(back, avatarHolder, titles);
        header.setId("chat-header");
        header.addClassName("chat-header");

        input.setId("message-input");
        input.addClassName("message-input");
        input.setPlaceholder("Type a message");
        // One line high until more is typed, growing up to six lines, like WhatsApp's composer.
        input.setMinRows(1);
        input.setMaxRows(6);
        input.setAriaLabel("Message");
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
        send.setAriaLabel("Send");
        send.setTooltipText("Send");
        send.addClickListener(e -> send());

        var composer = new Div(input, send);
        composer.addClassName("composer");

        add(header, messages, composer);
        // Live events reach the room through its ChatLayout's one subscription (apply, resync), which exists before
        // the room reads its conversation. Attaching re-reads what may have arrived in between.
        addAttachListener(attach -> resync());
    }

    ConversationId conversationId() {
        return conversation == null ? null : conversation.id();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().get(PARAMETER).flatMap(ConversationId::parse);
        try {
            if (id.isEmpty()) {
                throw new ConversationNotFoundException(new ConversationId(0));
            }
            open(id.get(), event.getUI());
        } catch (ConversationNotFoundException notFound) {
            conversation = null;
            event.rerouteToError(NotFoundException.class, "Conversation not found");
        }
    }

    private void open(ConversationId id, UI ui) {
        var details = chat.getConversation(id);
        conversation = details;
        myReadSeq = details.myLastReadSeq();
        clearTyping();
        avatarHolder.removeAll();
        Avatar avatar = Avatars.of(details.other().username(), details.other().displayName());
        avatarHolder.add(avatar);
        name.setText(details.other().displayName());
        status.setText("@" + details.other().username());
        input.clear();
        input.setInvalid(false);
        clientMessageId = newClientMessageId();
        var newest = chat.latestMessages(id, PAGE_SIZE);
        messages.reset(labels(ui), me, newest, details.myLastReadSeq(), details.otherLastReadSeq(),
                !newest.isEmpty() && newest.getFirst().seq() > 1);
        markReadIfVisible();
        input.focus();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        var ui = attachEvent.getUI();
        // Reading happens only while the page is visible: the browser tells when that changes.
        getElement().executeJs("""
                const el = this;
                if (el.__visibilityListener) return;
                el.__visibilityListener = () => el.$server.visibilityChanged(document.visibilityState === 'visible');
                document.addEventListener('visibilitychange', el.__visibilityListener);
                el.__visibilityListener();""");
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
        ClientTimeZone.whenKnown(ui, zone -> {
            if (conversation != null && !zone.equals(labelsZone)) {
                reloadAll(); // the first page was drawn before the browser told its time zone
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        clearTyping();
        getElement().executeJs("""
                if (this.__visibilityListener) {
                  document.removeEventListener('visibilitychange', this.__visibilityListener);
                  delete this.__visibilityListener;
                }""");
    }

    @ClientCallable
    void visibilityChanged(boolean visible) {
        pageVisible = visible;
        markReadIfVisible();
    }

    // ---- sending ----

    /** Sends what the composer holds (the send button). */
    void send() {
        if (deliver(input.getValue())) {
            input.clear();
        }
        input.focus();
    }

    /**
     * Enter in the composer: the browser hands over the text it shows and has already emptied the field when
     * {@code clearedInBrowser}. A refused text goes back into the field, so nothing typed is lost.
     */
    @ClientCallable
    void sendFromKeyboard(String text, boolean clearedInBrowser) {
        if (!deliver(text) && clearedInBrowser) {
            input.getElement().executeJs("if (!this.value && this.__setText) this.__setText($0);", text);
        }
    }

    /** Sends a text; true when it was stored (or had been stored already), false when refused or failed. */
    private boolean deliver(String text) {
        if (conversation == null) {
            return false;
        }
        if (text == null || text.isBlank()) {
            return false; // nothing to send; a second click after a send lands here too
        }
        if (!text.equals(clientMessageText)) {
            // A new text gets a new id; the same text after a failure keeps its id, so a retry can't duplicate.
            clientMessageId = newClientMessageId();
            clientMessageText = text;
        }
        try {
            var message = chat.send(conversation.id(), clientMessageId, text);
            input.setInvalid(false);
            clientMessageText = null;
            show(message);
            messages.scrollToBottom();
            return true;
        } catch (MessageRejectedException rejected) {
            input.setErrorMessage(rejected.getMessage());
            input.setInvalid(true);
        } catch (ConversationNotFoundException gone) {
            showError("This chat is no longer available.");
        } catch (RuntimeException failure) {
            log.warn("Sending failed", failure);
            showError("Couldn't send the message. Your text is kept: try again.");
        }
        return false;
    }

    private void onTyped() {
        if (input.isInvalid() && TextRules.length(input.getValue()) <= ChatService.MAX_MESSAGE_LENGTH) {
            input.setInvalid(false);
        }
        // Every keystroke is reported; ChatService.typing applies the one typing policy (TypingPolicy).
        if (conversation != null && TextRules.hasContent(input.getValue())) {
            try {
                chat.typing(conversation.id());
            } catch (RuntimeException e) {
                log.debug("Typing event not sent", e);
            }
        }
    }

    // ---- live events ----

    /** A batch of live events of the user's conversations (those of other conversations are ignored). */
    void apply(List<ChatEvent> batch) {
        if (conversation == null) {
            return;
        }
        var id = conversation.id();
        for (var event : batch) {
            if (!event.conversationId().equals(id)) {
                continue;
            }
            switch (event) {
                case MessagePosted posted -> {
                    if (!posted.message().senderId().equals(me)) {
                        clearTyping();
                    }
                    show(posted.message());
                }
                case TypingStarted typing -> {
                    if (!typing.userId().equals(me)) {
                        showTyping();
                    }
                }
                case MessagesRead read -> {
                    if (read.readerId().equals(me)) {
                        myReadSeq = Math.max(myReadSeq, read.lastReadSeq());
                        messages.iReadUpTo(read.lastReadSeq());
                    } else {
                        messages.otherReadUpTo(read.lastReadSeq());
                    }
                }
            }
        }
        markReadIfVisible();
    }

    /**
     * Shows a message: the next one is appended; one already shown is ignored; one after a gap makes the view
     * read the missing range from the database first, so it never shows a hole.
     */
    private void show(ChatMessage message) {
        long newest = messages.newestSeq();
        if (message.seq() <= newest) {
            return;
        }
        if (message.seq() == newest + 1) {
            messages.append(message);
        } else {
            catchUp();
        }
        // No scrolling here: the list is anchored at the bottom (column-reverse), so a reader at the bottom stays
        // there as messages arrive, and one reading older messages is not pulled away. Own sends scroll (deliver).
    }

    /** Reads every message after the newest one shown, page by page. */
    private void catchUp() {
        if (conversation == null) {
            return;
        }
        List<ChatMessage> page;
        do {
            page = chat.messagesAfter(conversation.id(), messages.newestSeq(), ChatService.MAX_PAGE_SIZE);
            page.forEach(messages::append);
        } while (page.size() == ChatService.MAX_PAGE_SIZE);
    }

    /** Events may have been lost: re-read the read positions and the missing messages. */
    void resync() {
        if (conversation == null) {
            return;
        }
        try {
            var details = chat.getConversation(conversation.id());
            conversation = details;
            catchUp();
            messages.otherReadUpTo(details.otherLastReadSeq());
            messages.iReadUpTo(details.myLastReadSeq());
            markReadIfVisible();
        } catch (ConversationNotFoundException gone) {
            showError("This chat is no longer available.");
        }
    }

    private void reloadAll() {
        getUI().ifPresent(ui -> {
            if (conversation != null) {
                open(conversation.id(), ui);
            }
        });
    }

    private void markReadIfVisible() {
        if (conversation == null || !pageVisible) {
            return;
        }
        long newest = messages.newestSeq();
        if (newest > myReadSeq) {
            myReadSeq = newest;
            chat.markRead(conversation.id(), newest);
            messages.iReadUpTo(newest);
            // The chat list beside shows it read in the same round trip (its own event arrives later, a no-op).
            var layout = findAncestor(ChatLayout.class);
            if (layout != null) {
                layout.chatList.readLocally(conversation.id(), newest);
            }
        }
    }

    private void loadOlder() {
        if (conversation == null) {
            return;
        }
        var older = chat.messagesBefore(conversation.id(), messages.oldestSeq(), PAGE_SIZE);
        messages.prepend(older);
        messages.setOlderAvailable(!older.isEmpty() && older.getFirst().seq() > 1);
    }

    private List<ChatMessage> newestPage() {
        return conversation == null ? List.of() : chat.latestMessages(conversation.id(), PAGE_SIZE);
    }

    // ---- typing indicator ----

    private void showTyping() {
        status.setText("typing…");
        status.addClassName("typing");
        if (typingTimer != null) {
            typingTimer.remove();
        }
        getUI().ifPresent(ui -> typingTimer = scheduler.later(ui, TypingPolicy.SHOWN_FOR, this::clearTyping));
    }

    private void clearTyping() {
        if (typingTimer != null) {
            typingTimer.remove();
            typingTimer = null;
        }
        status.removeClassName("typing");
        status.setText(conversation == null ? "" : "@" + conversation.other().username());
    }

    private TimeLabels labels(UI ui) {
        labelsZone = ClientTimeZone.of(ui);
        return new TimeLabels(labelsZone, clock.instant());
    }

    private void showError(String text) {
        var notification = Notification.show(text, 4000, Notification.Position.BOTTOM_CENTER);
        notification.addThemeVariants(NotificationVariant.ERROR);
    }

    private static String newClientMessageId() {
        return UUID.randomUUID().toString();
    }
}
