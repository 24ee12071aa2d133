package org.supportdesk.vocabulary;

/** The language we answer a customer in: the one they wrote in. */
public enum Language {
    RU, EN;

    /** Russian when Cyrillic letters outnumber Latin ones, English otherwise. */
    public static Language of(String... texts) {
        int cyrillic = 0;
        int latin = 0;
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC) {
                    cyrillic++;
                } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                    latin++;
                }
            }
        }
        return cyrillic > latin ? RU : EN;
    }
}
