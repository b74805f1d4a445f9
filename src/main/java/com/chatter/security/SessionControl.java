package com.chatter.security;

import com.chatter.account.UserId;
import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Component;

/** What views may do to logins: keep the current one across a password change and end all the others. */
@Component
public class SessionControl {

    private final CredentialsVersions versions;
    private final OpenSessions openSessions;

    SessionControl(CredentialsVersions versions, OpenSessions openSessions) {
        this.versions = versions;
        this.openSessions = openSessions;
    }

    /**
     * After the user changed the password in {@code current}: that session stays logged in, every other session
     * of the user ends (its open pages go to the login page now on this instance; on other instances at their
     * next request).
     */
    public void passwordChanged(UserId user, String username, int newVersion, HttpSession current) {
        versions.changed(user, newVersion);
        current.setAttribute(SessionGuard.CREDENTIALS_VERSION, newVersion);
        openSessions.endOtherSessions(username, current.getId());
    }
}
