package com.chatter.chat.ui;

import com.chatter.account.UserId;
import com.chatter.base.ui.ClientTimeZone;
import com.chatter.base.ui.IconButton;
import com.chatter.block.BlockService;
import com.chatter.base.ui.TimeLabels;
import com.chatter.base.ui.UiScheduler;
import com.chatter.chat.ChatEvent;
import com.chatter.chat.ChatListService;
import com.chatter.chat.ChatStateChanged;
import com.chatter.chat.MessagesDelivered;
import com.chatter.presence.PresenceService;
import com.chatter.chat.ChatMessage;
import com.chatter.chat.ChatService;
import com.chatter.chat.ConversationDetails;
import com.chatter.chat.ConversationId;
import com.chatter.chat.ConversationNotFoundException;
import com.chatter.chat.MessageActions;
import com.chatter.chat.MessageChanged;
import com.chatter.chat.MessagePosted;
import com.chatter.chat.MessagesRead;
import com.chatter.chat.TypingStarted;
import com.chatter.search.MessageSearch;
import com.chatter.security.CurrentUser;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One conversation: header with the other person and "typing…", the messages, and the composer. */
@Route(value = "chat/:" + ChatRoomView.PARAMETER, layout = ChatLayout.class)
@PermitAll
class ChatRoomView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String PARAMETER = "conversationId";
    static final int PAGE_SIZE = 50;

    final RoomHeader header;
    final MessageList messages = new MessageList(() -> this.history.loadOlderPage(),
            () -> this.history.newestPage());
    final Composer composer;
    final BlockControl blocking;
    // The parts tests and features reach most often.
    final Span name;
    final Span status;
    final TextArea input;
    final IconButton send;
    RoomAttention attention; // set in the constructor, after the composer it uses
    final RoomActions actions;
    private RoomHistory history; // set in the constructor: it reads into the list

    private final ChatService chat;
    private final ChatListService lists;
    private final Clock clock;
    private final UserId me;

    final RoomExtensions extensions;

    private @Nullable ConversationDetails conversation;
    private boolean pageVisible = true;
    private @Nullable ZoneId labelsZone;
    private long myReadSeq;

    ChatRoomView(ChatService chat, CurrentUser currentUser, UiScheduler scheduler,
            Clock clock, PresenceService presence, ChatListService lists, ChatExtensions chatExtensions,
            BlockService blocks, MessageActions messageActions, MessageSearch messageSearch) {
        this.chat = chat;
        this.lists = lists;
        this.clock = clock;
        this.me = currentUser.require();
        addClassName("chat-room");

        header = new RoomHeader(scheduler, () -> getUI().ifPresent(ui -> ui.navigate(ChatHomeView.class)));
        history = new RoomHistory(chat, messages, this::conversationId, message -> attention.shown(message));
        composer = new Composer(chat, sent -> {
            history.show(sent);
            readUpToMine(sent.seq());
            messages.scrollToBottom();
            attention.sent();
        });
        name = header.name;
        status = header.status;
        input = composer.input;
        send = composer.send;
        attention = new RoomAttention(this, presence, lists, scheduler, clock, me);

        add(header, messages, composer, attention.jump);
        actions = new RoomActions(this, chat, messageActions, messageSearch, clock, history::loadOlderPage);
        blocking = new BlockControl(blocks, header, composer, actions.bar);
        extensions = chatExtensions.install(this);
        // Live events reach the room through its ChatLayout's one subscription (apply, resync), which exists before
        // the room reads its conversation. Attaching re-reads what may have arrived in between.
        addAttachListener(attach -> resync());
    }

    /** The tab names the open chat ("Bob Example · Chatter"). */
    @Override
    public String getPageTitle() {
        return conversation == null ? "Chat · Chatter" : conversation.other().displayName() + " · Chatter";
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
            actions.opened(event.getLocation().getQueryParameters());
        } catch (ConversationNotFoundException notFound) {
            conversation = null;
            event.rerouteToError(NotFoundException.class, "Conversation not found");
        }
    }

    private void open(ConversationId id, UI ui) {
        var details = chat.getConversation(id);
        conversation = details;
        myReadSeq = details.myLastReadSeq();
        header.show(details);
        extensions.show(details);
        attention.leaving();
        composer.open(id);
        blocking.show(details.other().id());
        actions.opening(details);
        var newest = chat.latestMessages(id, PAGE_SIZE);
        messages.setOtherDelivered(details.otherDeliveredSeq());
        messages.reset(labels(ui), me, newest, details.myLastReadSeq(), details.otherLastReadSeq(),
                !newest.isEmpty() && newest.getFirst().seq() > 1);
        attention.opened(ui, details, history::loadOlderPage);
        if (details.myState().markedUnread()) {
            lists.setMarkedUnread(id, false); // opening a chat marked unread reads it
        }
        markReadIfVisible();
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
        ClientTimeZone.whenKnown(ui, zone -> {
            if (conversation != null && !zone.equals(labelsZone)) {
                reloadAll(); // the first page was drawn before the browser told its time zone
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        header.clearTyping();
        attention.closed();
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
                        header.clearTyping();
                    } else {
                        readUpToMine(posted.message().seq());
                    }
                    history.show(posted.message());
                }
                case TypingStarted typing -> {
                    if (!typing.userId().equals(me)) {
                        header.showTyping();
                    }
                }
                case MessagesDelivered delivered -> {
                    if (!delivered.recipientId().equals(me)) {
                        messages.otherDeliveredUpTo(delivered.lastDeliveredSeq());
                    }
                }
                case ChatStateChanged changed -> {
                    // the chat list shows it
                }
                case MessageChanged changed -> actions.apply(changed);
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

    /** Events may have been lost: re-read the read positions and the missing messages. */
    void resync() {
        if (conversation == null) {
            return;
        }
        try {
            var details = chat.getConversation(conversation.id());
            conversation = details;
            history.catchUp();
            messages.otherReadUpTo(details.otherLastReadSeq());
            messages.otherDeliveredUpTo(details.otherDeliveredSeq());
            messages.iReadUpTo(details.myLastReadSeq());
            markReadIfVisible();
        } catch (ConversationNotFoundException gone) {
            Composer.showError("This chat is no longer available.");
        }
    }

    private void reloadAll() {
        getUI().ifPresent(ui -> {
            if (conversation != null) {
                open(conversation.id(), ui);
            }
        });
    }

    /**
     * A message of mine (sent from this tab or another): sending it moved my read position there on the server, so
     * there is nothing to mark read for it (no transaction per own message).
     */
    private void readUpToMine(long seq) {
        if (seq > myReadSeq) {
            myReadSeq = seq;
            messages.iReadUpTo(seq);
        }
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

    private TimeLabels labels(UI ui) {
        labelsZone = ClientTimeZone.of(ui);
        return new TimeLabels(labelsZone, clock.instant());
    }
}
