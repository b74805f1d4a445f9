package com.chatter.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.chatter.TestUsers;
import com.chatter.account.AccountPrincipal;
import com.chatter.account.AccountService;
import com.chatter.account.RegistrationException;
import com.chatter.account.RegistrationField;
import com.chatter.account.RegistrationRequest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Load balancers read health without a login; everything else the actuator offers needs the ADMIN role, which only
 * the accounts named in {@code chatter.security.admins} have (created at start-up from configuration).
 */
@SpringBootTest(properties = {"chatter.security.admins=ops, Root-Admin",
        "chatter.security.admin-password=ops-secret-for-tests"})
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestUsers.class)
class ActuatorAccessTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    @Test
    void healthIsOpenAndListsComponentsWithoutDetails() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components.db.status").value("UP"))
                .andExpect(jsonPath("$.components.db.details").doesNotExist());
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
    }

    @Autowired
    AccountService accounts;

    @Test
    void metricsNeedAnAdministrator() throws Exception {
        mvc.perform(get("/actuator/metrics")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/actuator/metrics").with(user(users.loadUserByUsername("alice"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/actuator/metrics").with(user(users.loadUserByUsername("ops"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.names").isArray());
        mvc.perform(get("/actuator/info").with(user(users.loadUserByUsername("bob"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/actuator/metrics/chat.ui.open").with(user(users.loadUserByUsername("OPS"))))
                .andExpect(status().isOk());
    }

    @Test
    void healthGroupsStayOpenToEverybody() throws Exception {
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
        mvc.perform(get("/actuator/health/readiness").with(user(users.loadUserByUsername("alice"))))
                .andExpect(status().isOk());
    }

    @Test
    void onlyTheConfiguredNamesAreAdministratorsAndNobodyCanRegisterThem() {
        assertThat(users.loadUserByUsername("ops").getAuthorities()).extracting(Object::toString)
                .contains(AccountPrincipal.ROLE_ADMIN);
        assertThat(users.loadUserByUsername("alice").getAuthorities()).extracting(Object::toString)
                .doesNotContain(AccountPrincipal.ROLE_ADMIN);
        // both were created at start-up with the configured password; in any case, case-insensitively, nobody else gets them
        assertThat(accounts.findByUsername("root-admin")).isPresent();
        for (var name : List.of("OPS", "root-admin")) {
            var refused = catchThrowableOfType(RegistrationException.class, () -> accounts.register(
                    new RegistrationRequest(name, "Mallory", "a-long-enough-pw", "a-long-enough-pw")));
            assertThat(refused).as(name).isNotNull();
            assertThat(refused.errors()).containsOnlyKeys(RegistrationField.USERNAME);
        }
    }
}
