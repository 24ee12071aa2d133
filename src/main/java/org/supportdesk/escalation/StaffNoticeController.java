package org.supportdesk.escalation;

import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.supportdesk.appeal.InvalidRequestException;
import org.supportdesk.security.StaffGroups;
import org.supportdesk.vocabulary.Language;

/**
 * {@code GET /api/staff/notifications}: SLA warnings, escalations, pages and notices to sales addressed
 * to the caller or to one of their groups, newest first, worded in the caller's language (the first of
 * Russian or English their Accept-Language names, else the desk's, {@code supportdesk.staff.language})
 * with times in their time zone. The Tasklist workspace reads the same list with the Tasklist login.
 */
@RestController
class StaffNoticeController {

    private static final int MAX_LIMIT = 200;

    private final Escalations escalations;
    private final ReaderZones zones;
    private final Language deskLanguage;

    StaffNoticeController(Escalations escalations, ReaderZones zones,
                          @Value("${supportdesk.staff.language:ru}") String deskLanguage) {
        this.escalations = escalations;
        this.zones = zones;
        this.deskLanguage = Language.valueOf(deskLanguage.strip().toUpperCase(Locale.ROOT));
    }

    @GetMapping("/api/staff/notifications")
    ResponseEntity<List<Escalations.StaffNotice>> notices(@RequestParam(defaultValue = "50") int limit,
            @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage,
            Authentication authentication) {
        return noticesFor(limit, acceptLanguage, authentication);
    }

    /** The same list for the Tasklist workspace, with the Tasklist login. */
    @GetMapping("/api/workspace/staff-notices")
    ResponseEntity<List<Escalations.StaffNotice>> workspaceNotices(@RequestParam(defaultValue = "50") int limit,
            @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage,
            Authentication authentication) {
        return noticesFor(limit, acceptLanguage, authentication);
    }

    private ResponseEntity<List<Escalations.StaffNotice>> noticesFor(int limit, String acceptLanguage,
                                                                    Authentication authentication) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidRequestException("limit", "between 1 and " + MAX_LIMIT);
        }
        List<String> groups = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith(StaffGroups.AUTHORITY_PREFIX))
                .map(authority -> authority.substring(StaffGroups.AUTHORITY_PREFIX.length()))
                .toList();
        Language language = languageOf(acceptLanguage, deskLanguage);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_LANGUAGE, language.name().toLowerCase(Locale.ROOT))
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .body(escalations.noticesFor(authentication.getName(), groups, limit, language,
                        zones.zoneOf(authentication.getName())));
    }

    /** The first of Russian or English the header names, in its order of preference; else the desk's. */
    static Language languageOf(String acceptLanguage, Language deskLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return deskLanguage;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                String tag = range.getRange().toLowerCase(Locale.ROOT);
                if (tag.equals("ru") || tag.startsWith("ru-")) {
                    return Language.RU;
                }
                if (tag.equals("en") || tag.startsWith("en-")) {
                    return Language.EN;
                }
            }
        } catch (IllegalArgumentException malformed) {
            return deskLanguage;
        }
        return deskLanguage;
    }
}
