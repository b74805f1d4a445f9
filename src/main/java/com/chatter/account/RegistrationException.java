package com.chatter.account;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** A registration was refused; {@link #errors()} says why, per field. Nothing was created. */
public class RegistrationException extends RuntimeException {

    private final Map<RegistrationField, String> errors;

    public RegistrationException(Map<RegistrationField, String> errors) {
        super("Registration refused: " + errors);
        this.errors = Collections.unmodifiableMap(new EnumMap<>(errors));
    }

    public Map<RegistrationField, String> errors() {
        return errors;
    }
}
