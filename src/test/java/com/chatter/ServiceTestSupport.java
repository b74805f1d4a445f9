package com.chatter;

import com.chatter.account.AccountService;
import com.chatter.account.RegistrationRequest;
import com.chatter.account.UserSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base of the service tests: the whole application on the "test" profile (H2 unless a subclass adds
 * {@link PostgresTest}), people registered through {@link AccountService}, and calls made as one of them.
 * Tests share their context and database, so every test registers its own people.
 */
@SpringBootTest
@ActiveProfiles("test")
public abstract class ServiceTestSupport {

    public static final String PASSWORD = "correct horse battery";

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String RUN = Integer.toString(ThreadLocalRandom.current().nextInt(1_000, 10_000));

    @Autowired
    protected AccountService accountService;

    @Autowired
    private UserDetailsService userDetailsService;

    /** A username nobody has used in this JVM: letters and digits, at most 32 characters. */
    protected static String uniqueUsername(String prefix) {
        return prefix + RUN + "x" + SEQUENCE.incrementAndGet();
    }

    protected UserSummary newUser() {
        return newUser("Test Person");
    }

    protected UserSummary newUser(String displayName) {
        var username = uniqueUsername("u");
        return accountService.register(new RegistrationRequest(username, displayName, PASSWORD, PASSWORD));
    }

    /** Runs the action as the given user, as a logged-in session would, on the calling thread. */
    protected <T> T as(UserSummary user, Supplier<T> action) {
        return TestUsers.as(userDetailsService, user.username(), action);
    }

    /**
     * Runs the tasks on as many threads, released together by a start gate, and returns their results in order.
     * A task that threw makes this throw.
     */
    protected static <T> List<T> concurrently(List<Callable<T>> tasks) throws Exception {
        var pool = Executors.newFixedThreadPool(tasks.size());
        try {
            var ready = new CountDownLatch(tasks.size());
            var start = new CountDownLatch(1);
            var futures = new ArrayList<Future<T>>();
            for (var task : tasks) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    start.await();
                    return task.call();
                }));
            }
            ready.await(30, TimeUnit.SECONDS);
            start.countDown();
            var results = new ArrayList<T>();
            for (var future : futures) {
                try {
                    results.add(future.get(60, TimeUnit.SECONDS));
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof Exception cause ? cause : e;
                }
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    protected void as(UserSummary user, Runnable action) {
        as(user, () -> {
            action.run();
            return null;
        });
    }
}
