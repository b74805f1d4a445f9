package com.chatter.account;

/** The fields of the registration form a validation message can belong to. */
public enum RegistrationField {
    USERNAME, DISPLAY_NAME, PASSWORD, PASSWORD_CONFIRMATION
}
