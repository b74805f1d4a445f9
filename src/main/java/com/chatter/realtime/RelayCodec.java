package com.chatter.realtime;

import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes and reads {@link RelayEnvelope}s as JSON authenticated with an HMAC-SHA256 over the exact JSON bytes, keyed
 * with the secret every instance shares ({@code CHATTER_RELAY_SECRET}). On the wire: {@code v2.<mac>.<json>}, the
 * MAC in unpadded base64url.
 *
 * <ul>
 * <li><b>No Java serialization:</b> the event is JSON, turned back only into one of the registered event classes
 * ({@link RelayEventTypes}), never into a class the message names by itself.</li>
 * <li><b>Authenticated first:</b> the MAC is checked (in constant time) before any JSON is parsed; a message with a
 * missing or wrong MAC is {@link Rejected rejected} as forged.</li>
 * </ul>
 * Replays of an authentic envelope are caught by {@link ReplayGuard} with the envelope's id and time.
 */
final class RelayCodec {

    static final int MIN_SECRET_LENGTH = 32;
    private static final String ALGORITHM = "HmacSHA256";
    private static final String VERSION = "v2";
    private static final int MAX_BODY_BYTES = 256 * 1024;

    /** Why a message was refused: {@code forged} (no or wrong MAC) or {@code undecodable} (authentic, unreadable). */
    static final class Rejected extends IOException {
        final String reason;

        Rejected(String reason, String message) {
            super(message);
            this.reason = reason;
        }
    }

    private final SecretKeySpec key;
    private final JsonMapper json = JsonMapper.builder().build();
    private final Map<String, Class<? extends Serializable>> types = new HashMap<>();

    RelayCodec(@Nullable String secret, Collection<Class<? extends Serializable>> eventTypes) {
        if (secret == null || secret.isBlank() || secret.strip().length() < MIN_SECRET_LENGTH) {
            throw new IllegalStateException("The Redis relay needs a shared secret to authenticate the events"
                    + " instances send each other: set CHATTER_RELAY_SECRET (property chat.relay.redis.secret) to"
                    + " the same random value of at least " + MIN_SECRET_LENGTH + " characters on every instance,"
                    + " for example the output of `openssl rand -hex 32`"
                    + (secret == null || secret.isBlank() ? "; it is not set." : "; the one set is too short."));
        }
        this.key = new SecretKeySpec(secret.strip().getBytes(StandardCharsets.UTF_8), ALGORITHM);
        for (var type : eventTypes) {
            types.put(type.getName(), type);
        }
    }

    boolean knows(Class<?> type) {
        return types.get(type.getName()) == type;
    }

    byte[] encode(RelayEnvelope envelope) throws IOException {
        var node = json.createObjectNode()
                .put("v", 2)
                .put("kind", envelope.kind().name())
                .put("id", envelope.id())
                .put("origin", envelope.origin())
                .put("at", envelope.publishedAtMillis())
                .put("channel", envelope.channel());
        var event = envelope.event();
        if (event != null) {
            if (!knows(event.getClass())) {
                throw new IOException(event.getClass().getName() + " is not a relay event type: declare it in a "
                        + RelayEventTypes.class.getSimpleName() + " bean");
            }
            try {
                node.put("type", event.getClass().getName());
                node.set("event", json.valueToTree(event));
            } catch (JacksonException e) {
                throw new IOException("Cannot write " + event.getClass().getName() + " as JSON", e);
            }
        }
        var body = json.writeValueAsBytes(node);
        var mac = Base64.getUrlEncoder().withoutPadding().encodeToString(mac(body));
        var prefix = (VERSION + "." + mac + ".").getBytes(StandardCharsets.US_ASCII);
        var wire = Arrays.copyOf(prefix, prefix.length + body.length);
        System.arraycopy(body, 0, wire, prefix.length, body.length);
        return wire;
    }

    /**
     * Reads a message from Redis.
     *
     * @throws Rejected when it is not an authentic envelope ({@code forged}) or its content can't be read
     */
    RelayEnvelope decode(byte[] wire) throws Rejected {
        if (wire.length > MAX_BODY_BYTES) {
            throw new Rejected("undecodable", "Relay message too large: " + wire.length + " bytes");
        }
        int first = indexOf(wire, (byte) '.', 0);
        int second = first < 0 ? -1 : indexOf(wire, (byte) '.', first + 1);
        if (first < 0 || second < 0 || !VERSION.equals(new String(wire, 0, first, StandardCharsets.US_ASCII))) {
            throw new Rejected("forged", "Relay message without a signature");
        }
        byte[] claimed;
        try {
            claimed = Base64.getUrlDecoder().decode(new String(wire, first + 1, second - first - 1,
                    StandardCharsets.US_ASCII));
        } catch (IllegalArgumentException e) {
            throw new Rejected("forged", "Relay message with a malformed signature");
        }
        var body = Arrays.copyOfRange(wire, second + 1, wire.length);
        if (!MessageDigest.isEqual(claimed, mac(body))) {
            throw new Rejected("forged", "Relay message with a wrong signature");
        }
        try {
            var node = json.readTree(body);
            var kind = RelayEnvelope.Kind.valueOf(text(node, "kind"));
            if (node.path("v").asInt() != 2) {
                throw new Rejected("undecodable", "Unknown relay envelope version");
            }
            Serializable event = null;
            if (kind == RelayEnvelope.Kind.EVENT) {
                var type = types.get(text(node, "type"));
                if (type == null || !node.path("event").isObject()) {
                    throw new Rejected("undecodable", "Relay event of an unknown type: " + node.path("type"));
                }
                event = json.treeToValue(node.get("event"), type);
            }
            return new RelayEnvelope(kind, text(node, "id"), text(node, "origin"), node.path("at").asLong(),
                    text(node, "channel"), event);
        } catch (JacksonException | IllegalArgumentException e) {
            throw new Rejected("undecodable", "Unreadable relay envelope: " + e.getMessage());
        }
    }

    private static String text(JsonNode node, String field) throws Rejected {
        var value = node.get(field);
        if (value == null || !value.isString()) {
            throw new Rejected("undecodable", "Relay envelope without " + field);
        }
        return value.asString();
    }

    private byte[] mac(byte[] body) {
        try {
            var mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    private static int indexOf(byte[] bytes, byte value, int from) {
        for (int i = from; i < Math.min(bytes.length, from + 64); i++) {
            if (bytes[i] == value) {
                return i;
            }
        }
        return -1;
    }
}
