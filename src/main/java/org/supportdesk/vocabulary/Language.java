package org.supportdesk.vocabulary;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The language we answer a customer in: the one they wrote in. */
public enum Language {
    RU(Locale.forLanguageTag("ru")), EN(Locale.ENGLISH);

    private static final String MOSCOW = "Europe/Moscow";

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    /** A moment as people write it, e.g. "2 дек. 2026, 12:30 МСК", "2 Dec 2026, 09:30 UTC", "2 Dec 2026, 16:30 GMT+7 (Asia/Novosibirsk)". */
    public String time(Instant at, ZoneId zone) {
        return DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", locale).withZone(zone).format(at) + " " + zoneName(at, zone);
    }

    /**
     * Moscow as agents write it (МСК / MSK), another zone by its offset and id ("GMT+7 (Asia/Novosibirsk)"):
     * the offset as the workspace writes it beside, the id since an offset alone does not say where.
     */
    private String zoneName(Instant at, ZoneId zone) {
        if (MOSCOW.equals(zone.getId())) {
            return this == RU ? "МСК" : "MSK";
        }
        if (zone.normalized().equals(ZoneOffset.UTC)) {
            return "UTC";
        }
        return DateTimeFormatter.ofPattern("O", Locale.ENGLISH).withZone(zone).format(at) + " (" + zone.getId() + ")";
    }

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
