package com.chatter.base;

/**
 * Rules for text that people type and others see. Text is stored and shown exactly as typed; what a database
 * cannot store faithfully (NUL, unpaired surrogates) is refused instead of being silently changed.
 */
public final class TextRules {

    private TextRules() {
    }

    /** Length as a person counts it: code points, so an emoji counts as one character. */
    public static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    /** True when the text holds something other than whitespace. */
    public static boolean hasContent(String text) {
        return text != null && !text.isBlank() && !text.codePoints().allMatch(TextRules::isInvisible);
    }

    /** True when every character can be stored and shown back exactly: no NUL, no broken surrogate pair. */
    public static boolean isStorable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /** True when the text contains a control character (line breaks and tabs included). */
    public static boolean hasControlCharacters(String text) {
        return text.codePoints().anyMatch(Character::isISOControl);
    }

    private static boolean isInvisible(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)
                || codePoint == 0x200B || codePoint == 0x200C || codePoint == 0x200D || codePoint == 0xFEFF
                || codePoint == 0x2060 || codePoint == 0x180E;
    }
}
