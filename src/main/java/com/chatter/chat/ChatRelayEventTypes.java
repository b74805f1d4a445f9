package com.chatter.chat;

import com.chatter.realtime.RelayEventTypes;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * The chat's live events, for the relay's JSON codec: every record {@link ChatEvent} permits, so a new event is
 * relayed between instances as soon as it is added to the {@code permits} list.
 */
@Component
class ChatRelayEventTypes implements RelayEventTypes {

    @Override
    public Collection<Class<? extends Serializable>> eventTypes() {
        return records(ChatEvent.class).stream()
                .<Class<? extends Serializable>>map(type -> type.asSubclass(Serializable.class))
                .toList();
    }

    /** The records a sealed type permits, also through sealed sub-interfaces (e.g. {@link MessageChanged}). */
    private static List<Class<?>> records(Class<?> sealed) {
        return Stream.of(sealed.getPermittedSubclasses())
                .flatMap(type -> type.isSealed() ? records(type).stream() : Stream.of(type))
                .toList();
    }
}
