package com.chatter.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.chatter.Blns;
import com.chatter.ChatTestSupport;
import com.chatter.account.UserSummary;
import com.chatter.realtime.Broadcaster;
import com.chatter.realtime.Subscription;
import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** What callers rely on from {@link ChatService}; run on H2 and on PostgreSQL by the subclasses. */
abstract class ChatServiceContract extends ChatTestSupport {

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    JdbcTemplate jdbc;

    // ---------------------------------------------------------------- helpers

    private static String clientId() {
        return UUID.randomUUID().toString();
    }

    private List<ChatMessage> all(UserSummary user, ConversationId id) {
        return as(user, () -> chat.messagesAfter(id, 0, ChatService.MAX_PAGE_SIZE));
    }

    private long unreadOf(UserSummary user, ConversationId id) {
        return summaryOf(user, id).unreadCount();
    }

    private ConversationSummary summaryOf(UserSummary user, ConversationId id) {
        return as(user, () -> chat.listConversations()).stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("conversation " + id + " not listed for " + user));
    }

    // ---------------------------------------------------------------- one conversation per pair

    @Test
    void openingAgainFromEitherSideGivesTheSameConversation() {
        var p = pair();

        assertThat(as(p.a(), () -> chat.openDirect(p.b().id()))).isEqualTo(p.id());
        assertThat(as(p.b(), () -> chat.openDirect(p.a().id()))).isEqualTo(p.id());

        var details = as(p.b(), () -> chat.getConversation(p.id()));
        assertThat(details.me()).isEqualTo(p.b());
        assertThat(details.other()).isEqualTo(p.a());
        assertThat(details.lastSeq()).isZero();
    }

    @Test
    void cannotOpenAConversationWithMyselfOrNobody() {
        var a = newUser();

        assertThatThrownBy(() -> as(a, () -> chat.openDirect(a.id()))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> as(a, () -> chat.openDirect(com.chatter.account.UserId.of(Long.MAX_VALUE))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void concurrentOpeningCreatesOneConversationPerPair() throws Exception {
        for (int round = 0; round < 15; round++) {
            var a = newUser("Ann");
            var b = newUser("Bob");
            List<Callable<ConversationId>> openers = List.of(
                    () -> as(a, () -> chat.openDirect(b.id())),
                    () -> as(b, () -> chat.openDirect(a.id())),
                    () -> as(a, () -> chat.openDirect(b.id())),
                    () -> as(b, () -> chat.openDirect(a.id())));

            var ids = concurrently(openers);

            assertThat(new HashSet<>(ids)).as("round %d", round).hasSize(1);
            var id = ids.getFirst();
            assertThat(jdbc.queryForObject("select count(*) from conversation where created_by in (?, ?)",
                    Long.class, a.id().value(), b.id().value())).isEqualTo(1);
            assertThat(jdbc.queryForList("select account_id from conversation_member where conversation_id = ?",
                    Long.class, id.value())).containsExactlyInAnyOrder(a.id().value(), b.id().value());
        }
    }

    // ---------------------------------------------------------------- membership

    @Test
    void strangersAreToldTheConversationDoesNotExist() {
        var p = pair();
        send(p.a(), p.id(), "private");
        var stranger = newUser("Eve");
        var missing = new ConversationId(Long.MAX_VALUE - 1);

        for (var id : List.of(p.id(), missing)) {
            assertThatThrownBy(() -> as(stranger, () -> chat.getConversation(id)))
                    .isInstanceOf(ConversationNotFoundException.class);
            assertThatThrownBy(() -> as(stranger, () -> chat.latestMessages(id, 50)))
                    .isInstanceOf(ConversationNotFoundException.class);
            assertThatThrownBy(() -> as(stranger, () -> chat.messagesBefore(id, 10, 50)))
                    .isInstanceOf(ConversationNotFoundException.class);
            assertThatThrownBy(() -> as(stranger, () -> chat.messagesAfter(id, 0, 50)))
                    .isInstanceOf(ConversationNotFoundException.class);
            assertThatThrownBy(() -> as(stranger, () -> chat.send(id, clientId(), "let me in")))
                    .isInstanceOf(ConversationNotFoundException.class);
            assertThatThrownBy(() -> as(stranger, () -> chat.markRead(id, 1)))
                    .isInstanceOf(ConversationNotFoundException.class);
            assertThatThrownBy(() -> as(stranger, () -> chat.typing(id)))
                    .isInstanceOf(ConversationNotFoundException.class);
        }
        assertThat(all(p.a(), p.id())).extracting(ChatMessage::content).containsExactly("private");
        assertThat(as(stranger, () -> chat.listConversations())).isEmpty();
    }

    @Test
    void nobodyLoggedInIsRefused() {
        var p = pair();

        assertThatThrownBy(() -> chat.latestMessages(p.id(), 10))
                .isInstanceOf(org.springframework.security.core.AuthenticationException.class);
        assertThatThrownBy(() -> chat.send(p.id(), clientId(), "anonymous"))
                .isInstanceOf(org.springframework.security.core.AuthenticationException.class);
    }

    // ---------------------------------------------------------------- idempotent send

    @Test
    void sendingTheSameClientMessageIdTwiceStoresOneMessage() {
        var p = pair();
        var clientId = clientId();

        var first = as(p.a(), () -> chat.send(p.id(), clientId, "hello"));
        var again = as(p.a(), () -> chat.send(p.id(), clientId, "hello"));

        assertThat(again).isEqualTo(first);
        assertThat(all(p.b(), p.id())).containsExactly(first);
    }

    @Test
    void concurrentRetriesOfOneMessageStoreItOnce() throws Exception {
        var p = pair();
        for (int round = 0; round < 10; round++) {
            var clientId = clientId();
            var text = "retry " + round;
            List<Callable<ChatMessage>> retries = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                retries.add(() -> as(p.a(), () -> chat.send(p.id(), clientId, text)));
            }

            var results = concurrently(retries);

            assertThat(new HashSet<>(results)).as("round %d", round).hasSize(1);
            assertThat(results.getFirst().seq()).isEqualTo(round + 1);
        }
        assertThat(all(p.a(), p.id())).hasSize(10);
    }

    @Test
    void differentClientMessageIdsStoreDifferentMessages() {
        var p = pair();

        var one = send(p.a(), p.id(), "same text");
        var two = send(p.a(), p.id(), "same text");

        assertThat(two.id()).isNotEqualTo(one.id());
        assertThat(List.of(one.seq(), two.seq())).containsExactly(1L, 2L);
        assertThat(all(p.b(), p.id())).containsExactly(one, two);
    }

    @Test
    void theSameClientMessageIdFromTheOtherPersonIsADifferentMessage() {
        var p = pair();
        var clientId = clientId();

        var mine = as(p.a(), () -> chat.send(p.id(), clientId, "from a"));
        var theirs = as(p.b(), () -> chat.send(p.id(), clientId, "from b"));

        assertThat(theirs.id()).isNotEqualTo(mine.id());
        assertThat(all(p.a(), p.id())).extracting(ChatMessage::content).containsExactly("from a", "from b");
    }

    // ---------------------------------------------------------------- sequence numbers

    @Test
    void sequenceNumbersStayGapFreeUnderConcurrentSenders() throws Exception {
        var p = pair();
        int perThread = 15;
        List<Callable<List<ChatMessage>>> senders = new ArrayList<>();
        for (int t = 0; t < 6; t++) {
            var sender = t % 2 == 0 ? p.a() : p.b();
            var thread = t;
            senders.add(() -> {
                var sent = new ArrayList<ChatMessage>();
                for (int i = 0; i < perThread; i++) {
                    sent.add(send(sender, p.id(), "t" + thread + " m" + i));
                }
                return sent;
            });
        }

        var sentPerThread = concurrently(senders);

        for (var sent : sentPerThread) {
            assertThat(sent).extracting(ChatMessage::seq).isSorted().doesNotHaveDuplicates();
        }
        var stored = all(p.a(), p.id());
        assertThat(stored).extracting(ChatMessage::seq)
                .containsExactlyElementsOf(LongStream.rangeClosed(1, 6L * perThread).boxed().toList());
        assertThat(stored).containsExactlyInAnyOrderElementsOf(
                sentPerThread.stream().flatMap(List::stream).toList());
        assertThat(as(p.b(), () -> chat.getConversation(p.id())).lastSeq()).isEqualTo(6L * perThread);
    }

    // ---------------------------------------------------------------- history

    @Test
    void historyPagesCoverEveryMessageOnceInOrder() {
        var p = pair();
        var sent = new ArrayList<ChatMessage>();
        for (int i = 1; i <= 120; i++) {
            sent.add(send(i % 3 == 0 ? p.b() : p.a(), p.id(), "message " + i));
        }

        var newest = as(p.b(), () -> chat.latestMessages(p.id(), 50));
        var middle = as(p.b(), () -> chat.messagesBefore(p.id(), newest.getFirst().seq(), 50));
        var oldest = as(p.b(), () -> chat.messagesBefore(p.id(), middle.getFirst().seq(), 50));
        var beyond = as(p.b(), () -> chat.messagesBefore(p.id(), oldest.getFirst().seq(), 50));

        assertThat(newest).hasSize(50).extracting(ChatMessage::seq).startsWith(71L).endsWith(120L);
        assertThat(middle).hasSize(50).extracting(ChatMessage::seq).startsWith(21L).endsWith(70L);
        assertThat(oldest).hasSize(20).extracting(ChatMessage::seq).startsWith(1L).endsWith(20L);
        assertThat(beyond).isEmpty();
        var pagedBack = new ArrayList<ChatMessage>();
        pagedBack.addAll(oldest);
        pagedBack.addAll(middle);
        pagedBack.addAll(newest);
        assertThat(pagedBack).containsExactlyElementsOf(sent);

        var caughtUp = new ArrayList<ChatMessage>();
        long after = 0;
        for (var page = as(p.a(), () -> chat.messagesAfter(p.id(), 0, 50)); !page.isEmpty(); ) {
            caughtUp.addAll(page);
            after = page.getLast().seq();
            var from = after;
            page = as(p.a(), () -> chat.messagesAfter(p.id(), from, 50));
        }
        assertThat(caughtUp).containsExactlyElementsOf(sent);
        assertThat(as(p.a(), () -> chat.messagesAfter(p.id(), 100, 50))).containsExactlyElementsOf(sent.subList(100, 120));
    }

    @Test
    void pageSizesAreClamped() {
        var p = pair();
        for (int i = 0; i < 3; i++) {
            send(p.a(), p.id(), "m" + i);
        }

        assertThat(as(p.a(), () -> chat.latestMessages(p.id(), 0))).extracting(ChatMessage::seq).containsExactly(3L);
        assertThat(as(p.a(), () -> chat.latestMessages(p.id(), -5))).hasSize(1);
        assertThat(as(p.a(), () -> chat.latestMessages(p.id(), Integer.MAX_VALUE))).hasSize(3);
    }

    // ---------------------------------------------------------------- read state

    @Test
    void unreadCountsTheOthersMessagesAfterMyLastRead() {
        var p = pair();
        send(p.a(), p.id(), "one");
        send(p.a(), p.id(), "two");
        send(p.a(), p.id(), "three");

        assertThat(unreadOf(p.b(), p.id())).isEqualTo(3);
        assertThat(unreadOf(p.a(), p.id())).isZero();

        as(p.b(), () -> chat.markRead(p.id(), 2));
        assertThat(unreadOf(p.b(), p.id())).isEqualTo(1);
        assertThat(as(p.a(), () -> chat.getConversation(p.id())).otherLastReadSeq()).isEqualTo(2);

        send(p.b(), p.id(), "reply");
        assertThat(unreadOf(p.b(), p.id())).as("sending implies having read").isZero();
        assertThat(unreadOf(p.a(), p.id())).isEqualTo(1);
        assertThat(as(p.b(), () -> chat.getConversation(p.id())).myLastReadSeq()).isEqualTo(4);
    }

    @Test
    void readingNeverGoesBackwardsAndStopsAtTheLastMessage() {
        var p = pair();
        send(p.a(), p.id(), "one");
        send(p.a(), p.id(), "two");

        as(p.b(), () -> chat.markRead(p.id(), 2));
        as(p.b(), () -> chat.markRead(p.id(), 1));
        assertThat(as(p.b(), () -> chat.getConversation(p.id())).myLastReadSeq()).isEqualTo(2);

        as(p.b(), () -> chat.markRead(p.id(), 1_000));
        assertThat(as(p.b(), () -> chat.getConversation(p.id())).myLastReadSeq()).isEqualTo(2);
        send(p.a(), p.id(), "three");
        assertThat(unreadOf(p.b(), p.id())).as("a read position beyond the end must not swallow new messages")
                .isEqualTo(1);
    }

    @Test
    void concurrentReadMarksKeepTheFurthestPosition() throws Exception {
        var p = pair();
        for (int i = 0; i < 40; i++) {
            send(p.a(), p.id(), "m" + i);
        }
        for (int round = 0; round < 5; round++) {
            int base = round * 8;
            List<Callable<Void>> readers = new ArrayList<>();
            for (int t = 1; t <= 4; t++) {
                int upTo = base + t * 2;
                readers.add(() -> {
                    as(p.b(), () -> chat.markRead(p.id(), upTo));
                    return null;
                });
            }
            concurrently(readers);
            assertThat(as(p.b(), () -> chat.getConversation(p.id())).myLastReadSeq()).as("round %d", round)
                    .isEqualTo(base + 8);
        }
    }

    @Test
    void readingIsRelayedToBothMembersAfterCommitOnlyWhenItMoves() {
        var p = pair();
        send(p.a(), p.id(), "one");
        send(p.a(), p.id(), "two");
        var toA = eventsOf(p.a());
        var toB = eventsOf(p.b());

        var transaction = new TransactionTemplate(transactionManager);

        as(p.b(), () -> transaction.executeWithoutResult(status -> {
            chat.markRead(p.id(), 2);
            assertThat(toA).as("nothing relayed before the commit").isEmpty();
        }));

        var read = new MessagesRead(p.id(), p.b().id(), 2);
        await().atMost(Duration.ofSeconds(5)).until(() -> toA.contains(read) && toB.contains(read));

        as(p.b(), () -> chat.markRead(p.id(), 1));
        as(p.b(), () -> chat.markRead(p.id(), 2));
        var marker = send(p.a(), p.id(), "marker");
        await().atMost(Duration.ofSeconds(5)).until(() -> toA.contains(new MessagePosted(marker)));
        assertThat(toA).filteredOn(MessagesRead.class::isInstance).containsExactly(read);
    }

    // ---------------------------------------------------------------- relay after commit

    @Test
    void aSentMessageIsRelayedToBothMembersAfterCommit() {
        var p = pair();
        var toA = eventsOf(p.a());
        var toB = eventsOf(p.b());
        var transaction = new TransactionTemplate(transactionManager);

        var message = as(p.a(), () -> transaction.execute(status -> {
            var sent = chat.send(p.id(), clientId(), "after commit");
            assertThat(toA).as("nothing relayed before the commit").isEmpty();
            assertThat(toB).as("nothing relayed before the commit").isEmpty();
            return sent;
        }));

        await().atMost(Duration.ofSeconds(5)).until(() -> toB.contains(new MessagePosted(message)));
        await().atMost(Duration.ofSeconds(5)).until(() -> toA.contains(new MessagePosted(message)));
    }

    @Test
    void aSendThatRollsBackIsNeitherStoredNorRelayed() {
        var p = pair();
        var toB = eventsOf(p.b());
        var transaction = new TransactionTemplate(transactionManager);

        as(p.a(), () -> transaction.executeWithoutResult(status -> {
            chat.send(p.id(), clientId(), "rolled back");
            status.setRollbackOnly();
        }));
        var marker = send(p.a(), p.id(), "committed");

        await().atMost(Duration.ofSeconds(5)).until(() -> toB.contains(new MessagePosted(marker)));
        assertThat(toB).filteredOn(MessagePosted.class::isInstance).containsExactly(new MessagePosted(marker));
        assertThat(all(p.b(), p.id())).containsExactly(marker);
        assertThat(marker.seq()).as("the rolled-back number is not used up").isEqualTo(1);
    }

    @Test
    void typingIsRelayedToTheOtherMemberAtMostOnceInAWhile() {
        var p = pair();
        var toA = eventsOf(p.a());
        var toB = eventsOf(p.b());

        as(p.a(), () -> chat.typing(p.id()));
        as(p.a(), () -> chat.typing(p.id()));
        var marker = send(p.a(), p.id(), "marker");

        await().atMost(Duration.ofSeconds(5)).until(() -> toB.contains(new MessagePosted(marker)));
        assertThat(toB).filteredOn(TypingStarted.class::isInstance)
                .containsExactly(new TypingStarted(p.id(), p.a().id()));
        assertThat(toA).filteredOn(TypingStarted.class::isInstance).isEmpty();
    }

    @Test
    void aSentMessageEndsTypingSoTheNextKeystrokeIsReportedAtOnce() {
        var p = pair();
        var toB = eventsOf(p.b());

        as(p.a(), () -> chat.typing(p.id()));
        var first = send(p.a(), p.id(), "first");
        as(p.a(), () -> chat.typing(p.id())); // typing the next message right after the send
        var marker = send(p.a(), p.id(), "second");

        await().atMost(Duration.ofSeconds(5)).until(() -> toB.contains(new MessagePosted(marker)));
        var typing = new TypingStarted(p.id(), p.a().id());
        assertThat(toB).containsExactly(typing, new MessagePosted(first), typing, new MessagePosted(marker));
    }

    @Test
    void aRecipientWhoMarksReadWhenAMessageArrivesDoesSoInItsOwnTransaction() {
        var p = pair();
        var failures = new CopyOnWriteArrayList<Throwable>();
        var threads = new CopyOnWriteArrayList<String>();
        // What B's open, visible chat room does: a delivered message is marked read at once, through the service.
        subscriptions.add(broadcaster.subscribe("user." + p.b().id().value(), event -> {
            if (event instanceof MessagePosted posted && !posted.message().senderId().equals(p.b().id())) {
                threads.add(Thread.currentThread().getName());
                try {
                    as(p.b(), () -> {
                        chat.markRead(p.id(), posted.message().seq());
                        return null;
                    });
                } catch (RuntimeException e) {
                    failures.add(e);
                }
            }
        }));

        var message = send(p.a(), p.id(), "are you there?");

        await().atMost(Duration.ofSeconds(5))
                .until(() -> as(p.a(), () -> chat.getConversation(p.id()).otherLastReadSeq()) == message.seq());
        assertThat(failures).isEmpty();
        assertThat(threads).as("delivered on the relay's thread, not the sender's")
                .noneMatch(name -> name.equals(Thread.currentThread().getName()));
        assertThat(as(p.b(), () -> chat.listConversations()).getFirst().unreadCount()).isZero();
    }

    // ---------------------------------------------------------------- message text

    @Test
    void emptyAndBlankMessagesAreRefusedWithAClearMessage() {
        var p = pair();

        for (var blank : List.of("", " ", "\n\t  \n", "\u200B", "\u3000\u00A0")) {
            assertThatThrownBy(() -> send(p.a(), p.id(), blank))
                    .isInstanceOf(MessageRejectedException.class)
                    .hasMessageContaining("Type a message");
        }
        assertThatThrownBy(() -> send(p.a(), p.id(), null)).isInstanceOf(MessageRejectedException.class);
        assertThat(all(p.a(), p.id())).isEmpty();
    }

    @Test
    void messagesOfOnlyInvisibleCharactersAreRefusedWithAClearMessage() {
        var p = pair();

        for (var invisible : List.of("\u200E", "\u200B", "\u2800", "\u200F\u200E", "\u3164", "\uFE0F",
                "\u2060\uFEFF", "\u202E", "\u00AD", " \u200B \u2800 ")) {
            assertThatThrownBy(() -> send(p.a(), p.id(), invisible))
                    .as("U+%04X", invisible.strip().codePointAt(0))
                    .isInstanceOf(MessageRejectedException.class)
                    .hasMessageContaining("nothing visible");
        }
        assertThat(all(p.a(), p.id())).isEmpty();
        // Visible text with such characters inside is kept exactly.
        assertThat(send(p.a(), p.id(), "a\u200Bb\u2800").content()).isEqualTo("a\u200Bb\u2800");
    }

    @Test
    void messagesUpTo4096CharactersAreKeptExactlyEvenWithEmoji() {
        var p = pair();
        var emoji = "😀".repeat(4096);
        var letters = "a".repeat(4095) + "\n";

        var sentEmoji = send(p.a(), p.id(), emoji);
        var sentLetters = send(p.a(), p.id(), letters);

        assertThat(all(p.b(), p.id())).containsExactly(sentEmoji, sentLetters);
        assertThat(all(p.b(), p.id())).extracting(ChatMessage::content).containsExactly(emoji, letters);
    }

    @Test
    void longerMessagesAreRefusedAsTooLong() {
        var p = pair();

        for (var tooLong : List.of("a".repeat(4097), "😀".repeat(4097), "😀".repeat(4096) + "!")) {
            assertThatThrownBy(() -> send(p.a(), p.id(), tooLong))
                    .isInstanceOf(MessageRejectedException.class)
                    .hasMessageContaining("too long")
                    .hasMessageContaining("4,096");
        }
        assertThat(all(p.a(), p.id())).isEmpty();
    }

    @Test
    void textThatCannotBeStoredFaithfullyIsRefused() {
        var p = pair();

        for (var broken : List.of("nul\u0000byte", "\u0000", "lone \uD83D high", "lone \uDE00 low", "end \uD83D",
                "\uDE00\uD83D")) {
            assertThatThrownBy(() -> send(p.a(), p.id(), broken))
                    .isInstanceOf(MessageRejectedException.class)
                    .message().isNotBlank();
        }
        assertThat(all(p.a(), p.id())).isEmpty();
    }

    @Test
    void everyNaughtyStringIsStoredExactlyOrRefused() {
        var p = pair();
        var failures = new ArrayList<String>();
        var stored = new ArrayList<ChatMessage>();
        for (var line : Blns.lines()) {
            try {
                var message = send(p.a(), p.id(), line);
                if (!line.equals(message.content())) {
                    failures.add("returned changed: " + line);
                }
                stored.add(message);
            } catch (MessageRejectedException refused) {
                if (refused.getMessage() == null || refused.getMessage().isBlank()) {
                    failures.add("refused without a reason: " + line);
                }
            } catch (RuntimeException e) {
                failures.add("failed: " + line + " -> " + e);
            }
        }
        var byId = new ArrayList<ChatMessage>();
        long after = 0;
        for (var page = all(p.b(), p.id()); !page.isEmpty(); ) {
            byId.addAll(page);
            after = page.getLast().seq();
            var from = after;
            page = as(p.b(), () -> chat.messagesAfter(p.id(), from, ChatService.MAX_PAGE_SIZE));
        }
        var readBack = byId.stream().collect(Collectors.toMap(ChatMessage::id, Function.identity()));
        for (var message : stored) {
            var again = readBack.get(message.id());
            if (again == null || !again.content().equals(message.content())) {
                failures.add("read back changed: " + message.content() + " -> " + (again == null ? null : again.content()));
            }
        }
        assertThat(failures).isEmpty();
        assertThat(readBack).hasSameSizeAs(stored);
        assertThat(stored).as("most naughty strings are fine messages").hasSizeGreaterThan(400);
    }

    // ---------------------------------------------------------------- chat list

    @Test
    void theChatListShowsMostRecentActivityFirstWithPreviewAndUnreadCounts() {
        var me = newUser("Me");
        var bob = newUser("Bob");
        var cid = newUser("Cid");
        var dan = newUser("Dan");
        var withBob = as(me, () -> chat.openDirect(bob.id()));
        var withCid = as(me, () -> chat.openDirect(cid.id()));
        var withDan = as(me, () -> chat.openDirect(dan.id()));

        send(me, withBob, "hi Bob");
        send(bob, withBob, "hi");
        send(cid, withCid, "c1");
        send(cid, withCid, "c2");
        var lastFromBob = send(bob, withBob, "how are you?");

        var list = as(me, () -> chat.listConversations());

        assertThat(list).extracting(ConversationSummary::id).containsExactly(withBob, withCid, withDan);
        assertThat(list).extracting(ConversationSummary::other).containsExactly(bob, cid, dan);
        assertThat(list.get(0).lastMessage()).isEqualTo(lastFromBob);
        assertThat(list.get(0).lastActivityAt()).isEqualTo(lastFromBob.createdAt());
        assertThat(list.get(1).lastMessage().content()).isEqualTo("c2");
        assertThat(list.get(2).lastMessage()).isNull();
        assertThat(list).extracting(ConversationSummary::unreadCount).containsExactly(2L, 2L, 0L);

        assertThat(as(bob, () -> chat.listConversations())).singleElement()
                .satisfies(s -> assertThat(s.unreadCount()).isZero())
                .satisfies(s -> assertThat(s.other()).isEqualTo(me));
        assertThat(as(dan, () -> chat.listConversations()))
                .as("a conversation without messages is listed only for its creator").isEmpty();

        var toDan = send(me, withDan, "hello Dan");
        assertThat(as(dan, () -> chat.listConversations())).singleElement()
                .satisfies(s -> assertThat(s.lastMessage()).isEqualTo(toDan))
                .satisfies(s -> assertThat(s.unreadCount()).isEqualTo(1));
        assertThat(as(me, () -> chat.listConversations())).extracting(ConversationSummary::id)
                .containsExactly(withDan, withBob, withCid);

        as(me, () -> chat.markRead(withCid, 2));
        assertThat(summaryOf(me, withCid).unreadCount()).isZero();
        assertThat(summaryOf(cid, withCid).lastMessageReadByOther()).isTrue();
        assertThat(summaryOf(bob, withBob).lastMessageReadByOther()).isFalse();
    }

    @Test
    void aListedConversationShowsTheOthersReadPosition() {
        var p = pair();
        var first = send(p.a(), p.id(), "one");
        assertThat(summaryOf(p.a(), p.id()).lastMessageReadByOther()).isFalse();

        as(p.b(), () -> chat.markRead(p.id(), first.seq()));

        assertThat(summaryOf(p.a(), p.id()).otherLastReadSeq()).isEqualTo(1);
        assertThat(summaryOf(p.a(), p.id()).lastMessageReadByOther()).isTrue();
    }
}
