package com.chatter.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.chatter.PostgresTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The search contract on a real (embedded) PostgreSQL: the trigram index of db/vendor/postgresql. */
@PostgresTest
class MessageSearchPostgresTest extends MessageSearchContract {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void theTrigramIndexCanServeTheSearchCondition() {
        var plan = new TransactionTemplate(transactionManager).execute(tx -> {
            // Planner statistics of a small test database favour a scan; forbid it to see that the index applies.
            jdbc.execute("set local enable_seqscan = off");
            return String.join("\n", jdbc.queryForList(
                    "explain select id from message where lower(content) like lower('%harbour%') escape '!'",
                    String.class));
        });
        assertThat(plan).contains("ix_message_content_trgm");
    }
}
