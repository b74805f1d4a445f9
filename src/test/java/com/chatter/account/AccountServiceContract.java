package com.chatter.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.chatter.Blns;
import com.chatter.ServiceTestSupport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/** What callers rely on from {@link AccountService}; run on H2 and on PostgreSQL by the subclasses. */
abstract class AccountServiceContract extends ServiceTestSupport {

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    PasswordPolicy passwordPolicy;

    private static RegistrationRequest valid(String username) {
        return new RegistrationRequest(username, "Valid Name", PASSWORD, PASSWORD);
    }

    private Map<RegistrationField, String> refusal(RegistrationRequest request) {
        var refused = catchThrowableOfType(RegistrationException.class, () -> accountService.register(request));
        assertThat(refused).as("registration of %s must be refused", request).isNotNull();
        assertThat(accountService.findByUsername(request.username() == null ? "" : request.username()))
                .as("nothing is created on refusal").isEmpty();
        return refused.errors();
    }

    @Test
    void registersAValidAccountAndFindsItByUsernameInAnyCase() {
        var username = uniqueUsername("Reg");
        var user = accountService.register(new RegistrationRequest(username, "Réka Ünal 😀", PASSWORD, PASSWORD));

        assertThat(user.username()).isEqualTo(username);
        assertThat(user.displayName()).isEqualTo("Réka Ünal 😀");
        assertThat(accountService.findByUsername(username.toUpperCase())).contains(user);
        assertThat(accountService.findById(user.id())).contains(user);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ab", "abcdefghijklmnopqrstuvwxyz0123456", "with space", "bang!", "ünïcode", "a/b", "x@y"})
    void refusesBadUsernamesWithAMessageForTheUsernameOnly(String username) {
        var errors = refusal(valid(username));

        assertThat(errors).containsOnlyKeys(RegistrationField.USERNAME);
        assertThat(errors.get(RegistrationField.USERNAME)).isNotBlank();
    }

    @Test
    void usernameLengthLimitsAreInclusive() {
        // the database is fresh per Spring context and no other test uses 3-character names
        assertThat(accountService.register(valid("Abc")).username()).isEqualTo("Abc");
        var longest = (uniqueUsername("b") + "_".repeat(32)).substring(0, 32);
        assertThat(accountService.register(valid(longest)).username()).hasSize(32);
        assertThat(accountService.register(valid(uniqueUsername("d.o_t-s"))).username()).contains(".", "_", "-");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t \n", "\u200B", "\u3000"})
    void refusesBlankDisplayNames(String displayName) {
        var errors = refusal(new RegistrationRequest(uniqueUsername("dn"), displayName, PASSWORD, PASSWORD));

        assertThat(errors).containsOnlyKeys(RegistrationField.DISPLAY_NAME);
    }

    /** Names that show nothing (bidi controls, zero-width and "blank" letters) can't be anybody's name. */
    @ParameterizedTest
    @ValueSource(strings = {"\u202E", "\u202E\u202D\u2066\u2069", "\u200E\u200F", "\u2800\u2800", "\u3164",
            "\uFFA0", "\u115F\u1160", "\u2060\uFEFF", "\uFE0F", "\u034F", "\uDB40\uDC41", " \u200D "})
    void refusesDisplayNamesOfOnlyInvisibleCharacters(String displayName) {
        var errors = refusal(new RegistrationRequest(uniqueUsername("inv"), displayName, PASSWORD, PASSWORD));

        assertThat(errors).containsOnlyKeys(RegistrationField.DISPLAY_NAME);
        assertThat(errors.get(RegistrationField.DISPLAY_NAME)).isEqualTo("Enter your name as others should see it");
        // One visible character is enough, whatever surrounds it.
        assertThat(accountService.register(new RegistrationRequest(uniqueUsername("vis"), displayName + "x",
                PASSWORD, PASSWORD)).displayName()).isEqualTo(displayName + "x");
    }

    @Test
    void displayNameLengthCountsCodePoints() {
        var sixtyFourEmoji = "😀".repeat(64);
        var user = accountService.register(
                new RegistrationRequest(uniqueUsername("emo"), sixtyFourEmoji, PASSWORD, PASSWORD));
        assertThat(accountService.findById(user.id()).orElseThrow().displayName()).isEqualTo(sixtyFourEmoji);

        var errors = refusal(new RegistrationRequest(uniqueUsername("emo"), "😀".repeat(65), PASSWORD, PASSWORD));
        assertThat(errors).containsOnlyKeys(RegistrationField.DISPLAY_NAME);
        assertThat(errors.get(RegistrationField.DISPLAY_NAME)).contains("64");
    }

    @Test
    void refusesShortPasswordsAndMismatchedConfirmationSeparately() {
        var tooShort = refusal(new RegistrationRequest(uniqueUsername("pw"), "Name", "1234567", "1234567"));
        assertThat(tooShort).containsOnlyKeys(RegistrationField.PASSWORD);
        assertThat(tooShort.get(RegistrationField.PASSWORD)).contains("8");

        var mismatch = refusal(new RegistrationRequest(uniqueUsername("pw"), "Name", PASSWORD, PASSWORD + "!"));
        assertThat(mismatch).containsOnlyKeys(RegistrationField.PASSWORD_CONFIRMATION);

        assertThat(accountService.register(
                new RegistrationRequest(uniqueUsername("pw"), "Name", "8chars-x", "8chars-x"))).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"password1", "12345678", "PASSWORD", "iloveyou", "Qwertyuiop", "sunshine", "baseball"})
    void refusesTheMostCommonPasswordsWhateverTheirCase(String common) {
        var errors = refusal(new RegistrationRequest(uniqueUsername("cp"), "Name", common, common));

        assertThat(errors).containsOnlyKeys(RegistrationField.PASSWORD);
        assertThat(errors.get(RegistrationField.PASSWORD)).contains("common");
    }

    @Test
    void theShippedListHasTenThousandPasswordsAndSparesOrdinaryOnes() {
        assertThat(passwordPolicy.size()).isEqualTo(10_000);
        assertThat(passwordPolicy.isCommon(PASSWORD)).isFalse();
        assertThat(passwordPolicy.isCommon("secret-pass-1")).isFalse();
        assertThat(passwordPolicy.isCommon("123456")).isTrue();
    }

    @Test
    void refusesTheUsernameAsPasswordIgnoringCase() {
        var username = uniqueUsername("Same");
        var errors = refusal(new RegistrationRequest(username, "Name", username.toUpperCase(), username.toUpperCase()));

        assertThat(errors).containsOnlyKeys(RegistrationField.PASSWORD);
        assertThat(errors.get(RegistrationField.PASSWORD)).contains("username");
    }

    @Test
    void acceptsAnyCharactersUpTo128AndEveryOneOfThemCounts() {
        var emoji = "🔑é漢 ".repeat(32); // 128 characters, 320 bytes in UTF-8
        var user = accountService.register(new RegistrationRequest(uniqueUsername("any"), "Name", emoji, emoji));
        var stored = userDetails.loadUserByUsername(user.username()).getPassword();
        assertThat(passwordEncoder.matches(emoji, stored)).isTrue();
        assertThat(passwordEncoder.matches(emoji.substring(0, emoji.length() - 1) + "!", stored)).isFalse();

        var tooLong = "x".repeat(129);
        var errors = refusal(new RegistrationRequest(uniqueUsername("any"), "Name", tooLong, tooLong));
        assertThat(errors.get(RegistrationField.PASSWORD)).contains("128");
    }

    @Test
    void changingThePasswordNeedsTheCurrentOneAndFollowsTheSameRules() {
        var user = newUser();
        int before = accountService.credentialsVersion(user.id());

        var wrongCurrent = catchThrowableOfType(PasswordChangeException.class,
                () -> accountService.changePassword(user.id(), "not-my-password", "brand-new-pass", "brand-new-pass"));
        assertThat(wrongCurrent.errors()).containsOnlyKeys(PasswordChangeException.Field.CURRENT);
        var common = catchThrowableOfType(PasswordChangeException.class,
                () -> accountService.changePassword(user.id(), PASSWORD, "password1", "password1"));
        assertThat(common.errors()).containsOnlyKeys(PasswordChangeException.Field.NEW);
        var same = catchThrowableOfType(PasswordChangeException.class,
                () -> accountService.changePassword(user.id(), PASSWORD, PASSWORD, PASSWORD));
        assertThat(same.errors()).containsOnlyKeys(PasswordChangeException.Field.NEW);
        var username = catchThrowableOfType(PasswordChangeException.class, () -> accountService.changePassword(
                user.id(), PASSWORD, user.username().toUpperCase(), user.username().toUpperCase()));
        assertThat(username.errors()).containsOnlyKeys(PasswordChangeException.Field.NEW);
        var mismatch = catchThrowableOfType(PasswordChangeException.class,
                () -> accountService.changePassword(user.id(), PASSWORD, "brand-new-pass", "brand-new-pasS"));
        assertThat(mismatch.errors()).containsOnlyKeys(PasswordChangeException.Field.CONFIRMATION);
        assertThat(accountService.credentialsVersion(user.id())).as("refusals change nothing").isEqualTo(before);
        assertThat(passwordEncoder.matches(PASSWORD, userDetails.loadUserByUsername(user.username()).getPassword()))
                .isTrue();

        int after = accountService.changePassword(user.id(), PASSWORD, "brand-new-pass", "brand-new-pass");

        assertThat(after).isGreaterThan(before).isEqualTo(accountService.credentialsVersion(user.id()));
        var stored = userDetails.loadUserByUsername(user.username()).getPassword();
        assertThat(passwordEncoder.matches("brand-new-pass", stored)).isTrue();
        assertThat(passwordEncoder.matches(PASSWORD, stored)).isFalse();
    }

    @Test
    void reportsEveryBadFieldAtOnce() {
        var errors = refusal(new RegistrationRequest("x", "  ", "short", "other"));

        assertThat(errors).containsOnlyKeys(RegistrationField.values());
        assertThat(errors.values()).allSatisfy(message -> assertThat(message).isNotBlank());
        assertThat(errors.values()).doesNotHaveDuplicates();
    }

    @Test
    void usernamesAreUniqueIgnoringCase() {
        var username = "Alice" + uniqueUsername("");
        var alice = accountService.register(valid(username));

        var refused = catchThrowableOfType(RegistrationException.class,
                () -> accountService.register(new RegistrationRequest(username.toLowerCase(), "Other", PASSWORD, PASSWORD)));

        assertThat(refused.errors()).containsOnlyKeys(RegistrationField.USERNAME);
        assertThat(refused.errors().get(RegistrationField.USERNAME)).containsIgnoringCase("taken");
        assertThat(accountService.findByUsername(username.toLowerCase())).contains(alice);
        assertThat(accountService.search(username, newUser().id())).containsExactly(alice);
    }

    @Test
    void concurrentRegistrationsOfOneNameCreateOneAccount() throws Exception {
        for (int round = 0; round < 10; round++) {
            var username = "Race" + uniqueUsername("");
            List<Callable<Object>> registrations = new ArrayList<>();
            for (var name : List.of(username, username.toLowerCase(), username.toUpperCase())) {
                registrations.add(() -> {
                    try {
                        return accountService.register(valid(name));
                    } catch (RegistrationException e) {
                        return e;
                    }
                });
            }

            var results = concurrently(registrations);

            assertThat(results).as("round %d", round).filteredOn(UserSummary.class::isInstance).hasSize(1);
            assertThat(results).filteredOn(RegistrationException.class::isInstance).hasSize(2)
                    .allSatisfy(e -> assertThat(((RegistrationException) e).errors())
                            .containsOnlyKeys(RegistrationField.USERNAME));
        }
    }

    @Test
    void storesPasswordsAsBcryptHashesOnly() {
        var user = accountService.register(valid(uniqueUsername("hash")));

        var stored = userDetails.loadUserByUsername(user.username()).getPassword();

        assertThat(stored).startsWith("{bcrypt}$2").doesNotContain(PASSWORD).hasSize("{bcrypt}".length() + 60);
        assertThat(passwordEncoder.matches(PASSWORD, stored)).isTrue();
        assertThat(passwordEncoder.matches(PASSWORD + "x", stored)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(ints = {72, 73, 100, 128, 129})
    void longPasswordsAreEitherUsableOrRefusedWithAMessage(int length) {
        var password = "p".repeat(length);
        var request = new RegistrationRequest(uniqueUsername("long"), "Name", password, password);
        try {
            var user = accountService.register(request);
            var stored = userDetails.loadUserByUsername(user.username()).getPassword();
            assertThat(passwordEncoder.matches(password, stored)).isTrue();
            // a password must not be accepted if only a prefix of it counts
            assertThat(passwordEncoder.matches(password.substring(0, length - 1), stored)).isFalse();
        } catch (RegistrationException refused) {
            assertThat(refused.errors()).containsOnlyKeys(RegistrationField.PASSWORD);
            assertThat(accountService.findByUsername(request.username())).isEmpty();
        }
    }

    @Test
    void multiByteLongPasswordsAreEitherUsableOrRefusedWithAMessage() {
        var password = "ä".repeat(50); // 50 characters, 100 bytes in UTF-8
        var request = new RegistrationRequest(uniqueUsername("mb"), "Name", password, password);
        try {
            var user = accountService.register(request);
            var stored = userDetails.loadUserByUsername(user.username()).getPassword();
            assertThat(passwordEncoder.matches(password, stored)).isTrue();
            assertThat(passwordEncoder.matches(password.substring(0, 49), stored)).isFalse();
        } catch (RegistrationException refused) {
            assertThat(refused.errors()).containsOnlyKeys(RegistrationField.PASSWORD);
        }
    }

    @Test
    void everyNaughtyStringAsDisplayNameIsStoredExactlyOrRefusedWithAFieldMessage() {
        var failures = new ArrayList<String>();
        int stored = 0;
        for (var line : Blns.lines()) {
            var request = new RegistrationRequest(uniqueUsername("blns"), line, PASSWORD, PASSWORD);
            try {
                var user = accountService.register(request);
                var readBack = accountService.findById(user.id()).orElseThrow().displayName();
                if (!line.equals(readBack) || !line.equals(user.displayName())) {
                    failures.add("changed: " + escape(line) + " -> " + escape(readBack));
                }
                stored++;
            } catch (RegistrationException refused) {
                if (!refused.errors().keySet().equals(Set.of(RegistrationField.DISPLAY_NAME))
                        || refused.errors().get(RegistrationField.DISPLAY_NAME).isBlank()) {
                    failures.add("refused without a display-name message: " + escape(line) + " " + refused.errors());
                }
            } catch (RuntimeException e) {
                failures.add("failed: " + escape(line) + " " + e);
            }
        }
        assertThat(failures).isEmpty();
        assertThat(stored).as("most naughty strings are fine names").isGreaterThan(300);
    }

    @Test
    void everyNaughtyStringAsASearchIsHarmlessAndFindsTheNameThatHoldsIt() {
        var me = newUser("Searcher");
        var failures = new ArrayList<String>();
        int checked = 0;
        for (var line : Blns.lines()) {
            try {
                var found = accountService.search(line, me.id());
                if (found.size() > AccountService.SEARCH_LIMIT || found.contains(me)) {
                    failures.add("odd results for " + escape(line) + ": " + found.size());
                }
                // A person whose name holds the (ASCII) text is found by it: quotes, wildcards and SQL stay text.
                var query = line.strip();
                if (!query.isEmpty() && query.chars().allMatch(c -> c >= 0x20 && c < 0x7f) && query.length() <= 50) {
                    UserSummary person;
                    try {
                        person = newUser("x" + query);
                    } catch (RegistrationException refused) {
                        continue;
                    }
                    checked++;
                    if (!accountService.search(query, me.id()).contains(person)
                            && accountService.search(query, me.id()).size() < AccountService.SEARCH_LIMIT) {
                        failures.add("not found by its own text: " + escape(query));
                    }
                }
            } catch (RuntimeException e) {
                failures.add("failed: " + escape(line) + " " + e);
            }
        }
        assertThat(failures).isEmpty();
        assertThat(checked).isGreaterThan(100);
    }

    @Test
    void searchFindsOthersByUsernameOrDisplayNameIgnoringCase() {
        var token = uniqueUsername("Qz");
        var me = newUser("Me " + token);
        var byName = newUser("Carol " + token.toUpperCase() + " Smith");
        var byUsername = accountService.register(valid(token + "user"));
        var unrelated = newUser("Nobody Else");

        var found = accountService.search(token.toLowerCase(), me.id());

        assertThat(found).contains(byName, byUsername).doesNotContain(me, unrelated);
        assertThat(accountService.search("  " + token.toUpperCase() + " ", me.id())).contains(byName, byUsername);
        assertThat(accountService.search("CAROL " + token, me.id())).containsExactly(byName);
    }

    @Test
    void searchTreatsLikeWildcardsLiterally() {
        var token = uniqueUsername("Wc");
        var me = newUser("Me");
        var percent = newUser("100% " + token);
        var underscore = newUser("snake_" + token);
        var plain = newUser("snakeX" + token + " 100 pct");
        var backslash = newUser("back\\slash " + token);

        assertThat(accountService.search("100%", me.id())).contains(percent).doesNotContain(plain);
        assertThat(accountService.search("%" + token, me.id())).isEmpty();
        assertThat(accountService.search("snake_", me.id())).contains(underscore).doesNotContain(plain);
        assertThat(accountService.search("e_" + token, me.id())).containsExactly(underscore);
        assertThat(accountService.search("k\\s", me.id())).contains(backslash);
        assertThat(accountService.search("%", me.id())).contains(percent).doesNotContain(plain, underscore);
        assertThat(accountService.search("_", me.id())).contains(underscore).doesNotContain(percent, plain);
    }

    @Test
    void searchIgnoresCaseBeyondAscii() {
        var token = uniqueUsername("Ci");
        var me = newUser("Me");
        var accented = newUser("ÉVA ÜNAL " + token);

        assertThat(accountService.search("éva ünal " + token.toLowerCase(), me.id())).containsExactly(accented);
        assertThat(accountService.search("Éva Ünal", me.id())).contains(accented);
    }

    @Test
    void searchNeverListsMe() {
        var token = uniqueUsername("Self");
        var me = newUser("Self " + token);

        assertThat(accountService.search(token, me.id())).isEmpty();
        assertThat(accountService.search(me.username(), me.id())).doesNotContain(me);
    }

    @Test
    void refusesNullFieldsWithMessagesInsteadOfFailing() {
        var errors = refusal(new RegistrationRequest(null, null, null, null));

        assertThat(errors).containsKeys(RegistrationField.USERNAME, RegistrationField.DISPLAY_NAME,
                RegistrationField.PASSWORD);
        assertThatThrownBy(() -> accountService.register(new RegistrationRequest(null, null, null, null)))
                .isInstanceOf(RegistrationException.class);
    }

    static String escape(String text) {
        var out = new StringBuilder("\"");
        text.codePoints().forEach(cp -> {
            if (cp < 0x20 || cp > 0x7e) {
                out.append(String.format("\\u{%X}", cp));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.append('"').toString();
    }
}
