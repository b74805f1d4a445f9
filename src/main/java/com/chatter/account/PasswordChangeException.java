package com.chatter.account;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** A password change was refused; {@link #errors()} says why, per field. Nothing was changed. */
public class PasswordChangeException extends RuntimeException {

    /** The fields of the change-password form. */
    public enum Field {
        CURRENT, NEW, CONFIRMATION
    }

    private final Map<Field, String> errors;

    public PasswordChangeException(Map<Field, String> errors) {
        super("Password change refused: " + errors.keySet());
        this.errors = Collections.unmodifiableMap(new EnumMap<>(errors));
    }

    public Map<Field, String> errors() {
        return errors;
    }
}
