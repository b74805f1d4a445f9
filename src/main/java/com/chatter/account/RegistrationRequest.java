package com.chatter.account;

/** What a person types into the registration form. */
public record RegistrationRequest(String username, String displayName, String password, String passwordConfirmation) {
}
