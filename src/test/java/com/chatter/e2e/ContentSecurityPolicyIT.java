package com.chatter.e2e;

import org.junit.jupiter.api.Test;

/**
 * The app fully used in Chromium under its Content-Security-Policy, on the test application (Vaadin development
 * mode with the development bundle): no violation reported. {@code ContentSecurityPolicyJarIT} does the same against
 * the production jar.
 */
class ContentSecurityPolicyIT extends E2eTestBase {

    @Test
    void theWholeAppRunsInDevelopmentModeWithoutACspViolation() {
        CspScenario.run(browser(), browser(), baseUrl(), uniqueName("cspamy"), uniqueName("cspben"));
    }
}
