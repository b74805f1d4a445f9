package com.chatter.security;

import com.chatter.account.UserId;
import com.chatter.realtime.Broadcaster;
import com.chatter.realtime.RelayListener;
import com.chatter.realtime.Subscription;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** What views may do to logins: keep the current one across a password change and end all the others. */
@Component
public class SessionControl {

    /** Password changes, on every instance. */
    static final String CHANNEL = "security.credentials";

    private final CredentialsVersions versions;
    private final OpenSessions openSessions;
    private final Broadcaster broadcaster;
    private @Nullable Subscription subscription;

    SessionControl(CredentialsVersions versions, OpenSessions openSessions, Broadcaster broadcaster) {
        this.versions = versions;
        this.openSessions = openSessions;
        this.broadcaster = broadcaster;
    }

    @PostConstruct
    void listen() {
        subscription = broadcaster.subscribe(CHANNEL, new RelayListener() {
            @Override
            public void onEvent(Serializable event) {
                if (event instanceof CredentialsChanged changed) {
                    versions.changed(changed.userId(), changed.version());
                    openSessions.endOutdatedSessions(changed.userId(), changed.version());
                }
            }
        });
    }

    @PreDestroy
    void stopListening() {
        if (subscription != null) {
            subscription.close();
        }
    }

    /**
     * After the user changed the password in {@code current}: that session stays logged in, every other session
     * of the user ends, on every instance: its open pages go to the login page at once (over Push), and its next
     * request is refused in any case ({@link SessionGuard}), even if the relay lost the event.
     */
    public void passwordChanged(UserId user, int newVersion, HttpSession current) {
        versions.changed(user, newVersion);
        current.setAttribute(SessionGuard.CREDENTIALS_VERSION, newVersion);
        broadcaster.publish(CHANNEL, new CredentialsChanged(user, newVersion));
    }
}
