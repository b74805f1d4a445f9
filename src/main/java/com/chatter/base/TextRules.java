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

    /** True when the text holds something visible: not only white space or characters that show nothing. */
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

    /**
     * Characters that show nothing by themselves: white space, format characters (U+200B zero width space, U+200E
     * left-to-right mark, U+2060 word joiner, U+FEFF, bidi controls, tags…), control characters, variation
     * selectors, the combining grapheme joiner, and the "blank" letters fonts draw empty (U+2800 braille blank,
     * U+3164 and U+FFA0 Hangul fillers, U+115F/U+1160 Hangul choseong/jungseong fillers).
     */
    private static boolean isInvisible(int codePoint) {
        if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
            return true;
        }
        int type = Character.getType(codePoint);
        if (type == Character.FORMAT || type == Character.CONTROL) {
            return true;
        }
        return switch (codePoint) {
            case 0x2800, 0x3164, 0xFFA0, 0x115F, 0x1160, 0x034F, 0x180E -> true;
            default -> (codePoint >= 0xFE00 && codePoint <= 0xFE0F) || (codePoint >= 0xE0100 && codePoint <= 0xE01EF);
        };
    }
}
