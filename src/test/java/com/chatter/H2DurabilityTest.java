package com.chatter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The zero-setup default keeps what a sender saw as sent: a JVM writing to the H2 file database with the URL
 * options of application.properties is killed with SIGKILL right after a commit, and every commit it reported
 * is there after a restart.
 */
class H2DurabilityTest {

    /** Runs in a child JVM: commits rows one by one and reports each commit on stdout, until it is killed. */
    public static final class Writer {

        public static void main(String[] args) throws SQLException {
            try (var connection = DriverManager.getConnection(args[0], "sa", "")) {
                connection.createStatement().execute("create table if not exists sent (id int primary key)");
                connection.setAutoCommit(false);
                var insert = connection.prepareStatement("insert into sent (id) values (?)");
                for (int i = 1; i <= 1_000_000; i++) {
                    insert.setInt(1, i);
                    insert.executeUpdate();
                    connection.commit();
                    System.out.println("committed " + i);
                    System.out.flush();
                }
            }
        }
    }

    @Test
    void everyReportedCommitSurvivesKillMinus9(@TempDir Path dir) throws Exception {
        var url = defaultH2Url().replace("./data/chatter", dir.resolve("chatter").toString());
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Writer.class.getName(), url)
                .redirectErrorStream(true).start();
        int lastReported = 0;
        try (var out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("committed ")) {
                    lastReported = Integer.parseInt(line.substring("committed ".length()));
                    if (lastReported == 300) {
                        process.destroyForcibly(); // SIGKILL: no shutdown hook, no close
                        break;
                    }
                }
            }
        }
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(lastReported).isEqualTo(300);

        try (var connection = DriverManager.getConnection(url, "sa", "");
                var rows = connection.createStatement().executeQuery("select count(*), max(id) from sent")) {
            rows.next();
            assertThat(rows.getInt(2)).as("the newest reported commit").isGreaterThanOrEqualTo(lastReported);
            assertThat(rows.getInt(1)).isEqualTo(rows.getInt(2));
        }
    }

    /** The default JDBC URL of application.properties (the part after "${CHATTER_DB_URL:"). */
    private static String defaultH2Url() throws IOException {
        var properties = new Properties();
        try (var in = Files.newInputStream(Path.of("src/main/resources/application.properties"))) {
            properties.load(in);
        }
        var value = properties.getProperty("spring.datasource.url");
        assertThat(value).startsWith("${CHATTER_DB_URL:jdbc:h2:file:./data/chatter");
        return value.substring("${CHATTER_DB_URL:".length(), value.length() - 1);
    }
}
