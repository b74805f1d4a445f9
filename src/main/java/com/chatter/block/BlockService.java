package com.chatter.block;

import com.chatter.account.AccountService;
import com.chatter.account.UserId;
import com.chatter.security.CurrentUser;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Blocking another person, for the current user. A blocked pair can't message each other (either way: the blocker
 * unblocks first), and neither sees the other's typing or presence. The blocked person is never told more than
 * "You can't message this person" when sending.
 */
@Service
public class BlockService {

    /** What a refused send says, to the blocked person and the blocker alike: nothing about who blocked whom. */
    public static final String CANT_MESSAGE = "You can't message this person";

    private final AccountBlockRepository blocks;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final Clock clock;

    BlockService(AccountBlockRepository blocks, AccountService accounts, CurrentUser currentUser, Clock clock) {
        this.blocks = blocks;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The current user blocks {@code other}; blocking twice changes nothing. */
    @Transactional
    public void block(UserId other) {
        var me = requireOther(other);
        blocks.insertIfAbsent(me.value(), other.value(), clock.instant());
    }

    /** The current user unblocks {@code other}; unblocking someone not blocked changes nothing. */
    @Transactional
    public void unblock(UserId other) {
        var me = requireOther(other);
        blocks.remove(me.value(), other.value());
    }

    /** True when the current user has blocked {@code other}. */
    @Transactional(readOnly = true)
    public boolean hasBlocked(UserId other) {
        return blocks.exists(currentUser.require().value(), other.value());
    }

    /**
     * True when either of the two has blocked the other: for features deciding whether something of one may reach
     * the other (messages, typing, presence). Not for telling a user who blocked whom.
     */
    @Transactional(readOnly = true)
    public boolean blockedEitherWay(UserId a, UserId b) {
        return !a.equals(b) && blocks.existsEitherWay(a.value(), b.value());
    }

    private UserId requireOther(UserId other) {
        var me = currentUser.require();
        if (me.equals(other) || accounts.findById(other).isEmpty()) {
            throw new IllegalArgumentException("No such person");
        }
        return me;
    }
}
