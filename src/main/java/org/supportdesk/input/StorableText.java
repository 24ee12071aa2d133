package org.supportdesk.input;

/**
 * Text the database can hold. PostgreSQL refuses the NUL character ({@code \u0000}) in text
 * columns, and a UTF-16 surrogate without its partner has no UTF-8 form at all; JSON, mail and
 * multipart bodies can carry both. Either fails the whole transaction, so the edges decide first:
 * a platform's message is cleaned (a platform would otherwise redeliver a message that can never
 * be stored), a field of our own API is refused with 400 naming it.
 */
public final class StorableText {

    /** What a refused field is told. */
    public static final String PROBLEM =
            "contains a character that cannot be stored (NUL or a broken surrogate pair)";

    private static final char REPLACEMENT = '\uFFFD';

    private StorableText() {
    }

    /** True when the database stores the value as given; null counts as storable. */
    public static boolean storable(String value) {
        if (value == null) {
            return true;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\u0000') {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                } else {
                    return false;
                }
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /** The value without NUL characters, a lone surrogate replaced by U+FFFD; null stays null. */
    public static String clean(String value) {
        if (value == null || storable(value)) {
            return value;
        }
        StringBuilder cleaned = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\u0000') {
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                cleaned.append(c).append(value.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                cleaned.append(REPLACEMENT);
            } else {
                cleaned.append(c);
            }
        }
        return cleaned.toString();
    }

    /** Cleaned and cut to at most {@code maxLength} characters, never inside a surrogate pair. */
    public static String cleanAndCut(String value, int maxLength) {
        String cleaned = clean(value);
        if (cleaned == null || cleaned.length() <= maxLength) {
            return cleaned;
        }
        int end = Character.isHighSurrogate(cleaned.charAt(maxLength - 1)) ? maxLength - 1 : maxLength;
        return cleaned.substring(0, end);
    }
}
