package com.chatter.security;

import com.chatter.realtime.RelayEventTypes;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Component;

/** A password change reaches the other instances too: the Redis relay's JSON codec may turn it back into an object. */
@Component
class SecurityRelayEventTypes implements RelayEventTypes {

    @Override
    public Collection<Class<? extends Serializable>> eventTypes() {
        return List.of(CredentialsChanged.class);
    }
}
