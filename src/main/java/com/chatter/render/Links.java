package com.chatter.render;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Finding web links in text: only {@code http://} and {@code https://} with a host, nothing else. */
final class Links {

    /** A candidate: the scheme at a word start, then anything up to whitespace or a character URLs never hold. */
    static final Pattern CANDIDATE = Pattern.compile("(?i)(?<![\\p{L}\\p{N}])https?://[^\\s<>\"'`\\p{Cc}\\p{Cf}]+");

    private Links() {
    }

    /** Punctuation that ends a sentence rather than a link ("see https://example.com."). */
    static int trimmedEnd(String text, int start, int end) {
        while (end > start) {
            char last = text.charAt(end - 1);
            if (".,;:!?*_~".indexOf(last) >= 0) {
                end--;
            } else if (last == ')' && count(text, start, end, '(') < count(text, start, end, ')')) {
                end--;
            } else {
                break;
            }
        }
        return end;
    }

    private static long count(String text, int start, int end, char c) {
        return text.substring(start, end).chars().filter(ch -> ch == c).count();
    }

    /** The link's address when it is a well-formed http(s) URL with a host; else null (it stays text). */
    static @Nullable String safeHref(String candidate) {
        try {
            var uri = new URI(candidate);
            var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
                    || uri.getHost().isEmpty() || uri.getRawUserInfo() != null) {
                return null;
            }
            return uri.toASCIIString();
        } catch (Exception notAUrl) {
            return null;
        }
    }
}
