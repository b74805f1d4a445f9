package com.chatter.realtime;

import java.io.Serializable;
import java.util.Collection;

/**
 * The event classes a feature publishes through the {@link Broadcaster}. The Redis relay carries events as JSON and
 * turns JSON back only into the classes declared here (records of ids, strings, numbers, booleans, enums,
 * {@code Instant}s and small records or lists of those): a feature declares its events in a bean of this type, and
 * an event of any other class is delivered on its own instance only (and logged).
 */
public interface RelayEventTypes {

    Collection<Class<? extends Serializable>> eventTypes();
}
