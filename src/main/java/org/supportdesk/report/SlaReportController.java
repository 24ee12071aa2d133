package org.supportdesk.report;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.supportdesk.appeal.Appeals;
import org.supportdesk.appeal.InvalidRequestException;
import org.supportdesk.security.StaffGroups;

/**
 * {@code GET /api/reports/sla?from=&to=}: dates (UTC days, {@code to} inclusive) or instants
 * ({@code to} exclusive); by default the last 30 days.
 */
@RestController
class SlaReportController {

    private static final int MAX_DAYS = 366;

    private final Appeals appeals;
    private final Clock clock;

    SlaReportController(Appeals appeals, Clock clock) {
        this.appeals = appeals;
        this.clock = clock;
    }

    @GetMapping("/api/reports/sla")
    SlaReport sla(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                  Authentication authentication) {
        if (!StaffGroups.isStaff(authentication)) {
            throw new AccessDeniedException("the SLA report is for support staff");
        }
        Instant now = clock.instant();
        Instant end = to == null ? now : parse("to", to, true);
        Instant start = from == null ? end.minusSeconds(30L * 24 * 3600) : parse("from", from, false);
        if (!start.isBefore(end)) {
            throw new InvalidRequestException("from", "must be before to");
        }
        if (start.plusSeconds(MAX_DAYS * 24L * 3600).isBefore(end)) {
            throw new InvalidRequestException("from", "the period may span at most " + MAX_DAYS + " days");
        }
        return SlaReport.of(start, end, now, appeals.receivedBetween(start, end));
    }

    private static Instant parse(String field, String value, boolean endOfPeriod) {
        try {
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value);
                return (endOfPeriod ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(field, "use a date (2026-11-24) or an instant (2026-11-24T10:00:00Z)");
        }
    }
}
