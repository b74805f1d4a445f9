package com.chatter.presence;

import com.chatter.realtime.RelayEventTypes;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Component;

/** Presence changes travel between instances too: the Redis relay's JSON codec may turn them back into objects. */
@Component
class PresenceRelayEventTypes implements RelayEventTypes {

    @Override
    public Collection<Class<? extends Serializable>> eventTypes() {
        return List.of(PresenceChanged.class);
    }
}
