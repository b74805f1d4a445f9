package com.chatter.account;

import com.chatter.base.AfterCommitPublisher;
import com.chatter.base.TextRules;
import com.chatter.extension.UserRef;
import com.chatter.extension.UserRegisteredEvent;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registration and look-up of user accounts. */
@Service
public class AccountService {

    public static final int USERNAME_MIN = 3;
    public static final int USERNAME_MAX = 32;
    public static final int DISPLAY_NAME_MAX = 64;
    public static final int PASSWORD_MIN = 8;
    /** Characters (code points); every one of them counts (long ones are pre-hashed, see SecurityConfig). */
    public static final int PASSWORD_MAX = 128;
    public static final int SEARCH_LIMIT = 50;

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]+");

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwords;
    private final AdminAccounts admins;
    private final Clock clock;
    private final AfterCommitPublisher integrationEvents;

    AccountService(AccountRepository accounts, PasswordEncoder passwordEncoder, PasswordPolicy passwords,
            AdminAccounts admins, Clock clock, AfterCommitPublisher integrationEvents) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.passwords = passwords;
        this.admins = admins;
        this.clock = clock;
        this.integrationEvents = integrationEvents;
    }

    /**
     * Creates an account. Every field is checked; a refusal names each bad field and creates nothing.
     *
     * @throws RegistrationException with a message per bad field
     */
    @Transactional
    public UserSummary register(RegistrationRequest request) {
        var errors = validate(request);
        if (errors.isEmpty() && (accounts.existsByUsernameKey(Account.key(request.username()))
                || admins.isAdmin(request.username()))) {
            errors.put(RegistrationField.USERNAME, "This username is taken");
        }
        if (!errors.isEmpty()) {
            throw new RegistrationException(errors);
        }
        return create(request);
    }

    /** Creates an administrator account named in configuration (see {@link AdminAccounts}), checked as any other. */
    @Transactional
    UserSummary registerAdmin(RegistrationRequest request) {
        var errors = validate(request);
        if (!errors.isEmpty()) {
            throw new RegistrationException(errors);
        }
        return create(request);
    }

    private UserSummary create(RegistrationRequest request) {
        try {
            var now = clock.instant();
            var account = accounts.saveAndFlush(new Account(request.username(), request.displayName(),
                    passwordEncoder.encode(request.password()), now));
            var summary = account.toSummary();
            integrationEvents.publishAfterCommit(() -> new UserRegisteredEvent(
                    new UserRef(summary.id().value(), summary.username(), summary.displayName(), false), now));
            return summary;
        } catch (DataIntegrityViolationException raceLost) {
            throw new RegistrationException(Map.of(RegistrationField.USERNAME, "This username is taken"));
        }
    }

    /**
     * The account of a bot (see {@code com.chatter.extension.ChatBot}): created on first start, its display name
     * kept up to date. Its password is random and never known, so nobody can log in as it.
     *
     * @throws IllegalArgumentException when the username is invalid or taken by a person
     */
    @Transactional
    public UserSummary ensureBot(String username, String displayName) {
        usernameProblem(username).or(() -> displayNameProblem(displayName)).ifPresent(problem -> {
            throw new IllegalArgumentException("Bot @" + username + ": " + problem);
        });
        var existing = accounts.findByUsernameKey(Account.key(username));
        if (existing.isPresent()) {
            var account = existing.get();
            if (!account.bot()) {
                throw new IllegalArgumentException("Bot @" + username + ": the username belongs to a person");
            }
            account.becomeBot(displayName);
            return account.toSummary();
        }
        var account = new Account(username, displayName,
                passwordEncoder.encode(UUID.randomUUID().toString().replace("-", "")
                        + UUID.randomUUID().toString().replace("-", "")), clock.instant());
        account.becomeBot(displayName);
        return accounts.saveAndFlush(account).toSummary();
    }

    /** Checks a registration without touching the database; an empty map means every field is fine. */
    public Map<RegistrationField, String> validate(RegistrationRequest request) {
        var errors = new EnumMap<RegistrationField, String>(RegistrationField.class);
        usernameProblem(request.username()).ifPresent(m -> errors.put(RegistrationField.USERNAME, m));
        displayNameProblem(request.displayName()).ifPresent(m -> errors.put(RegistrationField.DISPLAY_NAME, m));
        var password = request.password() == null ? "" : request.password();
        passwords.problem(password, request.username()).ifPresent(m -> errors.put(RegistrationField.PASSWORD, m));
        if (!password.equals(request.passwordConfirmation())) {
            errors.put(RegistrationField.PASSWORD_CONFIRMATION, "The passwords don't match");
        }
        return errors;
    }

    private static Optional<String> usernameProblem(String username) {
        if (username == null || username.isEmpty()) {
            return Optional.of("Choose a username");
        }
        if (username.length() < USERNAME_MIN || username.length() > USERNAME_MAX) {
            return Optional.of("Use " + USERNAME_MIN + " to " + USERNAME_MAX + " characters");
        }
        if (!USERNAME.matcher(username).matches()) {
            return Optional.of("Use only letters, digits, dots, dashes and underscores");
        }
        return Optional.empty();
    }

    private static Optional<String> displayNameProblem(String displayName) {
        if (displayName == null || !TextRules.hasContent(displayName)) {
            return Optional.of("Enter your name as others should see it");
        }
        if (!TextRules.isStorable(displayName) || TextRules.hasControlCharacters(displayName)) {
            return Optional.of("The name contains characters that can't be shown");
        }
        if (TextRules.length(displayName) > DISPLAY_NAME_MAX) {
            return Optional.of("Use at most " + DISPLAY_NAME_MAX + " characters");
        }
        return Optional.empty();
    }

    /**
     * Changes the user's password: the current one must be right, the new one follow the same rules as at
     * registration (and differ from the current one), typed twice. Raises the account's credentials version, so
     * the user's other sessions end (see {@link #credentialsVersion(UserId)}).
     *
     * @return the new credentials version
     * @throws PasswordChangeException with a message per bad field; nothing is changed
     */
    @Transactional
    public int changePassword(UserId user, String current, String newPassword, String confirmation) {
        var account = accounts.findById(user.value()).orElseThrow(() -> new IllegalStateException("No such account"));
        var errors = new EnumMap<PasswordChangeException.Field, String>(PasswordChangeException.Field.class);
        if (current == null || !passwordEncoder.matches(current, account.passwordHash())) {
            errors.put(PasswordChangeException.Field.CURRENT, "This is not your current password");
        }
        var fresh = newPassword == null ? "" : newPassword;
        passwords.problem(fresh, account.username()).ifPresent(m -> errors.put(PasswordChangeException.Field.NEW, m));
        if (!errors.containsKey(PasswordChangeException.Field.NEW) && fresh.equals(current)) {
            errors.put(PasswordChangeException.Field.NEW, "Choose a password different from the current one");
        }
        if (!fresh.equals(confirmation)) {
            errors.put(PasswordChangeException.Field.CONFIRMATION, "The passwords don't match");
        }
        if (!errors.isEmpty()) {
            throw new PasswordChangeException(errors);
        }
        account.changePasswordHash(passwordEncoder.encode(fresh));
        accounts.saveAndFlush(account);
        return account.credentialsVersion();
    }

    /** Goes up with every password change; a session that logged in under an older version has to end. */
    @Transactional(readOnly = true)
    public int credentialsVersion(UserId user) {
        return accounts.findById(user.value()).map(Account::credentialsVersion).orElse(-1);
    }

    @Transactional(readOnly = true)
    public Optional<UserSummary> findByUsername(String username) {
        return accounts.findByUsernameKey(Account.key(username)).map(Account::toSummary);
    }

    @Transactional(readOnly = true)
    public Optional<UserSummary> findById(UserId id) {
        return accounts.findById(id.value()).map(Account::toSummary);
    }

    /** Users by id, for showing names next to conversations. Unknown ids are left out. */
    @Transactional(readOnly = true)
    public Map<UserId, UserSummary> findAllById(Collection<UserId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return accounts.findByIdIn(ids.stream().map(UserId::value).toList()).stream()
                .map(Account::toSummary)
                .collect(Collectors.toMap(UserSummary::id, Function.identity()));
    }

    /**
     * People other than {@code me} whose username or display name contains the query (case-insensitive),
     * sorted by display name; an empty query lists everybody, up to {@link #SEARCH_LIMIT}.
     */
    @Transactional(readOnly = true)
    public List<UserSummary> search(String query, UserId me) {
        var q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        var pattern = "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return accounts.search(pattern, me.value(), PageRequest.ofSize(SEARCH_LIMIT)).stream()
                .map(Account::toSummary)
                .toList();
    }
}
