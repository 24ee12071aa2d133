package org.supportdesk.escalation;

import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.supportdesk.appeal.InvalidRequestException;
import org.supportdesk.security.StaffGroups;

/**
 * {@code GET /api/staff/notifications}: SLA warnings, escalations and pages addressed to the
 * caller or to one of their groups, newest first.
 */
@RestController
class StaffNoticeController {

    private static final int MAX_LIMIT = 200;

    private final Escalations escalations;

    StaffNoticeController(Escalations escalations) {
        this.escalations = escalations;
    }

    @GetMapping("/api/staff/notifications")
    List<Escalations.StaffNotice> notices(@RequestParam(defaultValue = "50") int limit, Authentication authentication) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidRequestException("limit", "between 1 and " + MAX_LIMIT);
        }
        List<String> groups = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith(StaffGroups.AUTHORITY_PREFIX))
                .map(authority -> authority.substring(StaffGroups.AUTHORITY_PREFIX.length()))
                .toList();
        return escalations.noticesFor(authentication.getName(), groups, limit);
    }
}
