package com.chatter.chat.ui;

import com.chatter.account.UserId;
import com.chatter.chat.ChatEvent;
import com.chatter.chat.ConversationId;
import com.chatter.chat.ConversationSummary;
import com.chatter.chat.DeliveryService;
import com.chatter.chat.MessagePosted;
import com.chatter.presence.PresenceService;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.RouteParameters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the frame does for attention, for each open page: it counts as an open page for presence (until the page is
 * hidden for good or the UI goes), reports messages as delivered when they reach this page, keeps the tab title's
 * unread count ("(2) Chatter", muted chats excluded) and shows browser notifications for messages in chats that are
 * not open and visible (when the user switched them on, see {@link NotificationToggle}). An empty element: the
 * browser talks to it.
 */
class FrameAttention extends Div {

    private static final Logger log = LoggerFactory.getLogger(FrameAttention.class);

    private final PresenceService presence;
    private final DeliveryService delivery;
    private final UserId me;
    private final Function<ConversationId, @Nullable ConversationSummary> rows;
    private final Supplier<@Nullable ConversationId> openChat;
    private final Map<ConversationId, Long> reported = new HashMap<>();
    private @Nullable AutoCloseable page;
    private int titleCount = -1;
    /** What the browser says: notifications switched on there and permitted (no script per message otherwise). */
    private boolean notificationsOn;

    FrameAttention(PresenceService presence, DeliveryService delivery, UserId me,
            Function<ConversationId, @Nullable ConversationSummary> rows, Supplier<@Nullable ConversationId> openChat) {
        this.presence = presence;
        this.delivery = delivery;
        this.me = me;
        this.rows = rows;
        this.openChat = openChat;
        addClassName("frame-attention");
        getElement().setAttribute("aria-hidden", "true");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        opened();
        try {
            delivery.markAllDelivered();
        } catch (RuntimeException e) {
            log.warn("Could not mark messages delivered", e);
        }
        // The page says when it goes away (reload, closed tab, navigation elsewhere) and when it comes back from
        // the back-forward cache. The title keeps its "(n) " prefix whatever Vaadin sets on navigation.
        getElement().executeJs("""
                const el = this;
                if (!window.__chatterPageHide) {
                  window.__chatterPageHide = () => el.$server.pageGone();
                  window.__chatterPageShow = e => { if (e.persisted) el.$server.pageBack(); };
                  window.addEventListener('pagehide', window.__chatterPageHide);
                  window.addEventListener('pageshow', window.__chatterPageShow);
                }
                window.__chatterTitle = () => {
                  const t = document.title;
                  const base = t.replace(/^\\(\\d+\\) /, '');
                  const n = window.__chatterUnread || 0;
                  const want = (n > 0 ? '(' + n + ') ' : '') + base;
                  if (t !== want) document.title = want;
                };
                if (!window.__chatterTitleObserver) {
                  const title = document.querySelector('title') || document.head.appendChild(document.createElement('title'));
                  window.__chatterTitleObserver = new MutationObserver(() => window.__chatterTitle());
                  window.__chatterTitleObserver.observe(title, {childList: true, characterData: true, subtree: true});
                }
                window.__chatterTitle();
                // Whether this browser shows notifications: told now and whenever the setting changes.
                const report = () => el.$server.notificationsChanged(localStorage.getItem('chatter.notifications') === 'on'
                    && 'Notification' in window && Notification.permission === 'granted');
                if (window.__chatterNotificationsListener) {
                  window.removeEventListener('chatter-notifications', window.__chatterNotificationsListener);
                }
                window.__chatterNotificationsListener = report;
                window.addEventListener('chatter-notifications', report);
                report();""");
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        closePage();
        getElement().executeJs("""
                if (window.__chatterPageHide) {
                  window.removeEventListener('pagehide', window.__chatterPageHide);
                  window.removeEventListener('pageshow', window.__chatterPageShow);
                  delete window.__chatterPageHide;
                }""");
    }

    @ClientCallable
    void pageGone() {
        closePage();
    }

    @ClientCallable
    void notificationsChanged(boolean on) {
        notificationsOn = on;
    }

    @ClientCallable
    void pageBack() {
        opened();
    }

    /** A browser notification was clicked: its chat opens. */
    @ClientCallable
    void openChat(long conversationId) {
        getUI().ifPresent(ui -> ui.navigate(ChatRoomView.class,
                new RouteParameters(ChatRoomView.PARAMETER, Long.toString(conversationId))));
    }

    private void opened() {
        if (page == null) {
            page = presence.pageOpened();
        }
    }

    private void closePage() {
        var open = page;
        page = null;
        if (open != null) {
            try {
                open.close();
            } catch (Exception e) {
                log.warn("Could not record the page as closed", e);
            }
        }
    }

    /** After the chat list and the open room applied a batch: delivery ticks and notifications. */
    void applied(List<ChatEvent> batch) {
        var newest = new HashMap<ConversationId, MessagePosted>();
        for (var event : batch) {
            if (event instanceof MessagePosted posted && !posted.message().senderId().equals(me)) {
                newest.put(posted.conversationId(), posted);
            }
        }
        newest.forEach((id, posted) -> {
            var row = rows.apply(id);
            long seq = posted.message().seq();
            boolean readHere = row != null && row.unreadCount() == 0;
            if (!readHere && seq > reported.getOrDefault(id, 0L)) {
                reported.put(id, seq);
                try {
                    delivery.markDelivered(id, seq);
                } catch (RuntimeException e) {
                    log.debug("Delivery not recorded", e);
                }
            }
            if (notificationsOn && row != null && !row.state().muted()) {
                notify(id, row.other().displayName(), posted.message().content(), id.equals(openChat.get()),
                        posted.message().id().value());
            }
        });
    }

    /** Shows a browser notification unless the chat is open and the page visible (checked in the browser). */
    private void notify(ConversationId id, String sender, String text, boolean open, long messageId) {
        var preview = text.strip().lines().findFirst().orElse("");
        if (preview.codePointCount(0, preview.length()) > 100) {
            preview = preview.substring(0, preview.offsetByCodePoints(0, 100)) + "…";
        }
        getElement().executeJs("""
                if (localStorage.getItem('chatter.notifications') !== 'on') return;
                if (!('Notification' in window) || Notification.permission !== 'granted') return;
                if ($3 && document.visibilityState === 'visible') return;
                const el = this;
                const n = new Notification($1, {body: $2, tag: 'chatter-message-' + $4});
                n.onclick = () => { window.focus(); el.$server.openChat($0); if (n.close) n.close(); };""",
                id.value(), sender, preview, open, messageId);
    }

    /** The chat list changed: the tab title shows the number of unread chats (muted ones excluded). */
    void listChanged(List<ConversationSummary> summaries) {
        int count = (int) summaries.stream().filter(ConversationSummary::countsAsUnread).count();
        if (count != titleCount) {
            titleCount = count;
            getElement().executeJs("window.__chatterUnread = $0; if (window.__chatterTitle) window.__chatterTitle();",
                    count);
        }
    }
}
