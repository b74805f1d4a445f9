package com.chatter.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * How passwords are hashed: bcrypt ({@code {bcrypt}}) for passwords of up to 72 bytes in UTF-8, the most bcrypt
 * reads; longer ones (up to 128 characters of any kind are allowed) are first reduced with SHA-256 to 44 Base64
 * characters and then bcrypt-hashed ({@code {bcrypt-sha256}}), so every character counts and none is cut off.
 */
final class PasswordHashing {

    private static final int BCRYPT_MAX_BYTES = 72;
    static final String BCRYPT_SHA256 = "bcrypt-sha256";

    private PasswordHashing() {
    }

    static PasswordEncoder encoder(int bcryptStrength) {
        var bcrypt = new BCryptPasswordEncoder(bcryptStrength);
        var preHashed = new PreHashed(bcrypt);
        var delegating = new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", bcrypt, BCRYPT_SHA256, preHashed));
        return new PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
                return tooLongForBcrypt(raw) ? "{" + BCRYPT_SHA256 + "}" + preHashed.encode(raw) : delegating.encode(raw);
            }

            @Override
            public boolean matches(CharSequence raw, String encoded) {
                return delegating.matches(raw, encoded);
            }

            @Override
            public boolean upgradeEncoding(String encoded) {
                return delegating.upgradeEncoding(encoded);
            }
        };
    }

    private static boolean tooLongForBcrypt(CharSequence raw) {
        return raw.toString().getBytes(StandardCharsets.UTF_8).length > BCRYPT_MAX_BYTES;
    }

    /** bcrypt over Base64(SHA-256(password)); used for every password that is too long for bcrypt itself. */
    private record PreHashed(BCryptPasswordEncoder bcrypt) implements PasswordEncoder {

        @Override
        public String encode(CharSequence raw) {
            return bcrypt.encode(reduce(raw));
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            return bcrypt.matches(reduce(raw), encoded);
        }

        private static String reduce(CharSequence raw) {
            try {
                var digest = MessageDigest.getInstance("SHA-256").digest(raw.toString().getBytes(StandardCharsets.UTF_8));
                return Base64.getEncoder().encodeToString(digest);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
