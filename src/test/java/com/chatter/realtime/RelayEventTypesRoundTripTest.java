package com.chatter.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.chatter.chat.ChatEvent;
import com.chatter.presence.PresenceChanged;
import java.io.Serializable;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every event the features relay (each record {@code ChatEvent} permits, presence changes) survives the Redis
 * relay's JSON codec unchanged: an event added later with a field JSON can't carry fails here, not in production.
 */
class RelayEventTypesRoundTripTest {

    @Test
    void everyRelayedEventTypeRoundTripsThroughJson() throws Exception {
        var types = new ArrayList<Class<? extends Serializable>>();
        var sealed = new java.util.ArrayDeque<Class<?>>(List.of(ChatEvent.class));
        while (!sealed.isEmpty()) { // records, also those of sealed sub-interfaces such as MessageChanged
            for (var type : sealed.pop().getPermittedSubclasses()) {
                if (type.isSealed()) {
                    sealed.push(type);
                } else {
                    types.add(type.asSubclass(Serializable.class));
                }
            }
        }
        types.add(PresenceChanged.class);
        var codec = new RelayCodec("a-secret-of-at-least-32-characters-long", types);

        var failures = new ArrayList<String>();
        for (var type : types) {
            Serializable event;
            try {
                event = (Serializable) sample(type, type);
            } catch (RuntimeException e) {
                failures.add(type.getSimpleName() + ": no sample value (" + e.getMessage() + ")");
                continue;
            }
            try {
                var back = codec.decode(codec.encode(RelayEnvelope.event("x", 1, "user.1", event))).event();
                if (!event.equals(back)) {
                    failures.add(type.getSimpleName() + ": " + event + " came back as " + back);
                }
            } catch (Exception e) {
                failures.add(type.getSimpleName() + ": " + e);
            }
        }
        assertThat(failures).isEmpty();
        assertThat(types).hasSizeGreaterThanOrEqualTo(4);
    }

    /** A value of the type with every field set (records recursively), as an event would carry it. */
    private static Object sample(Class<?> type, Type generic) {
        if (type == long.class || type == Long.class) {
            return 7L;
        }
        if (type == int.class || type == Integer.class) {
            return 3;
        }
        if (type == short.class || type == Short.class) {
            return (short) 2;
        }
        if (type == double.class || type == Double.class) {
            return 1.5;
        }
        if (type == boolean.class || type == Boolean.class) {
            return true;
        }
        if (type == String.class) {
            return "tëxt \u202E <b>&amp;</b> 👋";
        }
        if (type == Instant.class) {
            return Instant.parse("2026-01-02T03:04:05.678Z");
        }
        if (type == Duration.class) {
            return Duration.ofSeconds(90);
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[type.getEnumConstants().length - 1];
        }
        if (List.class.isAssignableFrom(type) || Collection.class == type) {
            return List.of(sample(element(generic, 0), argument(generic, 0)));
        }
        if (Set.class.isAssignableFrom(type)) {
            return Set.of(sample(element(generic, 0), argument(generic, 0)));
        }
        if (Map.class.isAssignableFrom(type)) {
            return Map.of(sample(element(generic, 0), argument(generic, 0)),
                    sample(element(generic, 1), argument(generic, 1)));
        }
        if (type.isRecord()) {
            var components = type.getRecordComponents();
            var values = Arrays.stream(components).map(c -> sample(c.getType(), c.getGenericType())).toArray();
            try {
                var constructor = type.getDeclaredConstructor(Arrays.stream(components)
                        .map(RecordComponent::getType).toArray(Class<?>[]::new));
                constructor.setAccessible(true);
                return constructor.newInstance(values);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(type.getName() + ": " + e, e);
            }
        }
        if (type.isSealed()) {
            var first = type.getPermittedSubclasses()[0];
            return sample(first, first);
        }
        throw new IllegalArgumentException("unsupported field type " + generic.getTypeName());
    }

    private static Type argument(Type generic, int index) {
        return ((ParameterizedType) generic).getActualTypeArguments()[index];
    }

    private static Class<?> element(Type generic, int index) {
        var argument = argument(generic, index);
        return argument instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) argument;
    }
}
