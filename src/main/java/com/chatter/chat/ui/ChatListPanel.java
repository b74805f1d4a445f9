package com.chatter.chat.ui;

import com.chatter.account.UserId;
import com.chatter.base.ui.BrowserIcon;
import com.chatter.base.ui.ClientTimeZone;
import com.chatter.base.ui.TimeLabels;
import com.chatter.base.ui.UiScheduler;
import com.chatter.chat.ChatEvent;
import com.chatter.chat.ChatListService;
import com.chatter.chat.ChatListState;
import com.chatter.chat.ChatStateChanged;
import com.chatter.chat.ChatService;
import com.chatter.chat.ConversationId;
import com.chatter.chat.ConversationNotFoundException;
import com.chatter.chat.ConversationSummary;
import com.chatter.chat.MessagePosted;
import com.chatter.chat.MessagesRead;
import com.chatter.chat.TypingPolicy;
import com.chatter.chat.TypingStarted;
import com.chatter.security.CurrentUser;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.shared.Registration;
import java.time.Clock;
import java.time.ZoneId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** The chat list: every conversation of the user, newest first, live. */
class ChatListPanel extends Div {

    static final Duration REFRESH_INTERVAL = Duration.ofMillis(250);

    final TextField search = new TextField();
    /** The rows, drawn in the browser ({@link ClientRows}): one state node for the whole list. */
    final Div list = new Div();
    private final ClientRows drawing = new ClientRows(list.getElement());
    /** What the list shows, in order: the rows' keys (conversation ids), or none and {@link #emptyText}. */
    private List<ConversationId> shown = List.of();
    private @Nullable String emptyText;
    /** The empty-list text the browser shows (null: none); rows remember their own ({@link ChatListItem}). */
    private @Nullable String sentEmptyText;
    private static final String EMPTY_KEY = "empty";
    final ChatRowMenu rowMenu;
    final ArchivedEntry archived = new ArchivedEntry(this::render);
    private Consumer<List<ConversationSummary>> onChange = summaries -> {
    };

    private final ChatService chat;
    private final UiScheduler scheduler;
    private final Clock clock;
    private final UserId me;
    private final Map<ConversationId, ChatListItem> items = new HashMap<>();
    private final Map<ConversationId, Registration> typingTimers = new HashMap<>();
    /** Conversations whose other person is typing right now (also before their row exists). */
    private final Set<ConversationId> typing = new HashSet<>();
    private List<ConversationSummary> summaries = List.of();
    private @Nullable ConversationId selected;
    private @Nullable Registration pendingRefresh;
    private long lastRefresh;
    private int listReads;

    ChatListPanel(ChatService chat, ChatListService lists, CurrentUser currentUser, UiScheduler scheduler,
            Clock clock) {
        this.chat = chat;
        this.scheduler = scheduler;
        this.clock = clock;
        this.me = currentUser.require();
        addClassName("chat-list-panel");

        search.setId("chat-search");
        search.setPlaceholder("Search");
        BrowserIcon.inPrefix(search, VaadinIcon.SEARCH);
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.EAGER);
        search.addValueChangeListener(e -> render());
        search.addClassName("chat-search");
        search.getElement().setAttribute("aria-label", "Search chats");

        list.setId("chat-list");
        list.addClassName("chat-list");
        // Arrow keys move between the chats (Home/End to the first/last), Enter opens one: the rows are links.
        list.getElement().executeJs("""
                this.addEventListener('keydown', e => {
                  const rows = [...this.querySelectorAll('.chat-item')];
                  const at = rows.indexOf(document.activeElement);
                  let next = -1;
                  if (e.key === 'ArrowDown') next = at < 0 ? 0 : Math.min(at + 1, rows.length - 1);
                  else if (e.key === 'ArrowUp') next = at < 0 ? 0 : Math.max(at - 1, 0);
                  else if (e.key === 'Home') next = 0;
                  else if (e.key === 'End') next = rows.length - 1;
                  if (next >= 0 && rows[next]) { e.preventDefault(); rows[next].focus(); }
                });""");

        rowMenu = new ChatRowMenu(lists, id -> {
            var summary = summary(id);
            return summary == null ? ChatListState.NONE : summary.state();
        }, (id, state) -> apply(List.of(new ChatStateChanged(id, me, state))));
        add(search, archived, list, rowMenu);
        // A row's menu button (a plain element inside the row's link): handled here, before the link navigates.
        getElement().executeJs("""
                const panel = this;
                if (panel.__rowMenuListener) return;
                panel.__rowMenuListener = e => {
                  const button = e.target.closest && e.target.closest('.chat-menu-button');
                  if (!button) return;
                  e.preventDefault();
                  e.stopPropagation();
                  panel.$server.openRowMenu(button.dataset.conversation);
                };
                panel.addEventListener('click', panel.__rowMenuListener, true);""");
        // Live events come through the ChatLayout's one subscription (apply, refreshSoon), made on attach before
        // this list reads: an event can arrive early but never fall between the two.
        addAttachListener(attach -> {
            drawing.install(); // the browser's element may be new: draw every row again
            items.values().forEach(ChatListItem::forgetDrawn);
            sentEmptyText = null;
            refresh();
            ClientTimeZone.whenKnown(attach.getUI(), zone -> render());
        });
    }

    /**
     * Ctrl+F (⌘F) or "/" focus search: the open room's search ({@code chat-search-button} opens it), else the chat
     * list's. "/" only when the focus is not in a text field (in the composer it starts a slash command).
     */
    @Override
    protected void onAttach(AttachEvent attachEvent) {
        getElement().executeJs("""
                if (window.__chatterSearchKeys) return;
                window.__chatterSearchKeys = e => {
                  const target = e.composedPath()[0] || e.target;
                  const inField = target && (target.isContentEditable
                      || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName || ''));
                  const ctrlF = (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && (e.key || '').toLowerCase() === 'f';
                  const slash = e.key === '/' && !inField && !e.ctrlKey && !e.metaKey && !e.altKey;
                  if (!ctrlF && !slash) return;
                  e.preventDefault();
                  const button = document.getElementById('chat-search-button');
                  const panel = document.getElementById('message-search');
                  if (button && button.offsetParent !== null) {
                    if (panel && !panel.hidden) document.getElementById('message-search-input').focus();
                    else button.click();
                  } else {
                    const field = document.getElementById('chat-search');
                    if (field) field.focus();
                  }
                };
                document.addEventListener('keydown', window.__chatterSearchKeys);""");
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        getElement().executeJs("""
                if (window.__chatterSearchKeys) document.removeEventListener('keydown', window.__chatterSearchKeys);
                delete window.__chatterSearchKeys;""");
        typingTimers.values().forEach(Registration::remove);
        typingTimers.clear();
        if (pendingRefresh != null) {
            pendingRefresh.remove();
            pendingRefresh = null;
        }
    }

    /** Re-reads the list from the database. */
    void refresh() {
        if (pendingRefresh != null) {
            pendingRefresh.remove();
            pendingRefresh = null;
        }
        lastRefresh = clock.millis();
        listReads++;
        var all = new ArrayList<>(chat.listConversations());
        all.sort(ConversationSummary.LIST_ORDER);
        summaries = List.copyOf(all);
        render();
    }

    /** The open chat room has just marked the conversation read up to {@code seq} in this UI. */
    void readLocally(ConversationId id, long seq) {
        apply(List.of(new MessagesRead(id, me, seq)));
    }

    /** The row of the conversation, or null when it has none. */
    @Nullable ConversationSummary summary(ConversationId id) {
        var item = items.get(id);
        return item == null ? null : item.summary();
    }

    /** Called with every list the panel shows (e.g. for the tab title's unread count). */
    void onChange(Consumer<List<ConversationSummary>> listener) {
        this.onChange = listener;
    }

    @ClientCallable
    void openRowMenu(String conversationId) {
        ConversationId.parse(conversationId).filter(items::containsKey).ifPresent(rowMenu::openFor);
    }

    /** How often this panel has read the whole list (live events should not make it read). */
    int listReads() {
        return listReads;
    }

    void select(@Nullable ConversationId id) {
        selected = id;
        items.forEach((key, item) -> item.setSelected(key.equals(id)));
        changed();
    }

    /**
     * Applies a batch of live events to the rows they concern, from the events' own data: no list query. A
     * conversation without a row yet (someone wrote for the first time) has its one row read.
     */
    void apply(List<ChatEvent> batch) {
        var byId = new LinkedHashMap<ConversationId, ConversationSummary>();
        summaries.forEach(summary -> byId.put(summary.id(), summary));
        for (var event : batch) {
            if (event instanceof TypingStarted typing) {
                showTyping(typing.conversationId());
                continue;
            }
            if (event instanceof MessagePosted posted && !posted.message().senderId().equals(me)) {
                hideTyping(posted.conversationId());
            }
            var summary = byId.get(event.conversationId());
            if (summary != null && summary.previewHiddenBy(event, me)) {
                reread(summary.id(), byId); // the preview shows the newest message I still see
            } else if (summary != null) {
                byId.put(summary.id(), summary.apply(event, me));
            } else if (event instanceof MessagePosted) {
                // Read after the event: the row already holds this message (and anything newer).
                reread(event.conversationId(), byId);
            }
        }
        var updated = new ArrayList<>(byId.values());
        updated.sort(ConversationSummary.LIST_ORDER);
        summaries = List.copyOf(updated);
        render();
    }

    /** Reads one row (again); a chat that is not (or no longer) mine has none. */
    private void reread(ConversationId id, Map<ConversationId, ConversationSummary> byId) {
        try {
            byId.put(id, chat.conversationSummary(id));
        } catch (ConversationNotFoundException gone) {
            byId.remove(id);
        }
    }

    /** Re-reads the list, coalescing bursts: at most one query per {@link #REFRESH_INTERVAL}. */
    void refreshSoon() {
        if (pendingRefresh != null) {
            return;
        }
        long wait = REFRESH_INTERVAL.toMillis() - (clock.millis() - lastRefresh);
        if (wait <= 0) {
            refresh();
            return;
        }
        getUI().ifPresent(ui -> pendingRefresh = scheduler.later(ui, Duration.ofMillis(wait), () -> {
            pendingRefresh = null;
            refresh();
        }));
    }

    private void showTyping(ConversationId id) {
        typing.add(id);
        var previous = typingTimers.remove(id);
        if (previous != null) {
            previous.remove();
        }
        getUI().ifPresent(ui -> typingTimers.put(id, scheduler.later(ui, TypingPolicy.SHOWN_FOR, () -> {
            typingTimers.remove(id);
            hideTyping(id);
            render();
        })));
    }

    private void hideTyping(ConversationId id) {
        typing.remove(id);
    }

    private void render() {
        var filter = search.getValue().strip().toLowerCase(Locale.ROOT);
        var known = new HashMap<ConversationId, ChatListItem>();
        var shown = new ArrayList<ConversationId>();
        long archivedCount = summaries.stream().filter(s -> s.state().archived()).count();
        archived.update(archivedCount);
        for (var summary : summaries) {
            var item = items.get(summary.id());
            if (item == null) {
                item = new ChatListItem(summary, RouteConfiguration.forSessionScope().getUrl(ChatRoomView.class,
                        new RouteParameters(ChatRoomView.PARAMETER, summary.id().toString())));
            }
            known.put(summary.id(), item);
            item.update(summary, typing.contains(summary.id()), summary.id().equals(selected));
            boolean inThisList = summary.state().archived() == archived.showing();
            if (filter.isEmpty() ? inThisList : matches(summary, filter)) {
                shown.add(summary.id());
            }
        }
        items.keySet().retainAll(known.keySet());
        items.putAll(known);
        emptyText = null;
        if (shown.isEmpty()) {
            emptyText = (archived.showing() ? "No archived chats."
                    : filter.isEmpty() && !summaries.isEmpty() ? "All your chats are archived."
                    : summaries.isEmpty()
                    ? "No chats yet. Start one with the New chat button above."
                    : "No chats match “" + search.getValue().strip() + "”.");
        }
        this.shown = List.copyOf(shown);
        changed();
        onChange.accept(summaries);
    }

    // ---- drawing: once per response, the rows whose tree changed ----

    private void changed() {
        drawing.drawBeforeResponse(this, this::draw);
    }

    /** Sends the rows shown, in order: the tree of each row whose content changed, the others by key alone. */
    private void draw() {
        var batch = drawing.batch();
        var labels = labels();
        var shownNow = new HashSet<>(shown);
        items.forEach((id, item) -> {
            if (!shownNow.contains(id)) {
                item.forgetDrawn(); // the browser drops rows not named
            }
        });
        for (var id : shown) {
            var item = items.get(id);
            if (item != null) {
                var tree = item.treeIfChanged(labels, me);
                if (tree == null) {
                    batch.row(id.toString());
                } else {
                    batch.row(id.toString(), tree);
                }
            }
        }
        if (emptyText != null && emptyText.equals(sentEmptyText)) {
            batch.row(EMPTY_KEY);
        } else if (emptyText != null) {
            batch.row(EMPTY_KEY, emptyRow(emptyText));
        }
        sentEmptyText = emptyText;
        batch.send(null);
    }

    private TimeLabels labels() {
        return getUI().map(ui -> new TimeLabels(ClientTimeZone.of(ui), clock.instant()))
                .orElseGet(() -> new TimeLabels(ZoneId.systemDefault(), clock.instant()));
    }

    private static Element emptyRow(String text) {
        var empty = new Element("p");
        empty.getClassList().add("chat-list-empty");
        empty.setText(text);
        return empty;
    }

    /** The rows as the browser draws them, in one element (for tests: what the person sees). */
    Element drawn() {
        var all = new Element("div");
        var labels = labels();
        for (var id : shown) {
            var item = items.get(id);
            if (item != null) {
                all.appendChild(item.tree(labels, me));
            }
        }
        if (emptyText != null) {
            all.appendChild(emptyRow(emptyText));
        }
        return all;
    }

    private static boolean matches(ConversationSummary summary, String filter) {
        return summary.other().displayName().toLowerCase(Locale.ROOT).contains(filter)
                || summary.other().username().toLowerCase(Locale.ROOT).contains(filter);
    }

    /** The other person's display name in a conversation of the list ("someone" when it is not listed yet). */
    String nameOf(ConversationId id) {
        return summaries.stream().filter(summary -> summary.id().equals(id)).findFirst()
                .map(summary -> summary.other().displayName()).orElse("someone");
    }
}
