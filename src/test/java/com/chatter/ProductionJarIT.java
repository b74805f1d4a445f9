package com.chatter;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jar that {@code ./mvnw package} builds is the production application: {@code java -jar} on it starts, serves
 * the login page from Vaadin's production bundle (not the development server, which is not in the jar) and says
 * it runs in production mode; with {@code -Dspring.aot.enabled=true} (the Dockerfile's way) it runs Spring AOT's
 * generated bean definitions, and the choices made at run time still follow the run's settings.
 */
class ProductionJarIT {

    @TempDir
    Path workDir;

    private PackagedJar app;

    @AfterEach
    void stop() throws InterruptedException {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void packagedJarStartsInProductionModeAndServesTheLoginPage() throws Exception {
        app = PackagedJar.start(workDir, "app", List.of(),
                List.of("--spring.datasource.url=jdbc:h2:mem:production-jar-it;DB_CLOSE_DELAY=-1"));
        var page = app.awaitLoginPage();

        // Production markup: the page loads the production bundle's entry point, and none of development mode's
        // tools (Copilot and the dev tools come with the development bundle, Vite with the dev server).
        assertThat(page.body())
                .contains("<html")
                .containsPattern("src=\"\\./VAADIN/build/indexhtml-[^\"]+\\.js\"")
                .doesNotContainIgnoringCase("copilot")
                .doesNotContain("@vite");
        assertThat(app.logText())
                .contains("Vaadin is running in production mode")
                .doesNotContain("vaadin-dev-server")
                .doesNotContain("AOT-processed");
    }

    @Test
    void withSpringAotTheExamplesSwitchIsReadWhenTheJarStartsNotWhenItWasBuilt() throws Exception {
        // The jar was built with the examples on (the default); this run turns them off.
        app = PackagedJar.start(workDir, "aot", List.of("-Dspring.aot.enabled=true"),
                List.of("--spring.datasource.url=jdbc:h2:mem:production-jar-aot-it;DB_CLOSE_DELAY=-1",
                        "--chatter.examples.enabled=false"));
        app.awaitLoginPage();

        assertThat(app.logText())
                .contains("Starting AOT-processed ChatterApplication")
                .contains("Vaadin is running in production mode")
                .doesNotContain("helpbot");
        // In-memory relay: no Redis component in the health answer.
        assertThat(app.get("actuator/health").body()).contains("\"db\":{\"status\":\"UP\"}").doesNotContain("redis");
    }
}
