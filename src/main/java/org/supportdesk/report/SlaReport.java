package org.supportdesk.report;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.supportdesk.appeal.Appeal;
import org.supportdesk.appeal.AppealStatus;
import org.supportdesk.vocabulary.Channel;
import org.supportdesk.vocabulary.Priority;

/**
 * How well the SLA promise was kept for appeals received in a period, per channel x priority.
 * A deadline counts once it is met or has passed; rejected appeals and appeals handed to sales
 * carry no deadline and are only counted.
 */
record SlaReport(Instant from, Instant to, Instant asOf, List<Row> rows, List<Breach> breaches) {

    record Row(Channel channel, Priority priority, int count, int firstAnswerDue, int firstAnswerOnTime,
               Double firstAnswerOnTimePercent, Long medianFirstAnswerMinutes, int resolutionDue,
               int resolutionOnTime, Double resolutionOnTimePercent, Long medianResolutionMinutes) {
    }

    record Breach(String number, Channel channel, Priority priority, Deadline deadline, Instant dueAt, Instant metAt,
                  long lateMinutes) {
    }

    enum Deadline {
        FIRST_RESPONSE, RESOLUTION
    }

    static SlaReport of(Instant from, Instant to, Instant now, List<Appeal> appeals) {
        Map<String, List<Appeal>> cells = new LinkedHashMap<>();
        for (Appeal appeal : appeals) {
            cells.computeIfAbsent(appeal.channel() + "/" + appeal.priority(), key -> new ArrayList<>()).add(appeal);
        }
        List<Row> rows = new ArrayList<>();
        List<Breach> breaches = new ArrayList<>();
        for (List<Appeal> cell : cells.values()) {
            rows.add(row(cell, now, breaches));
        }
        rows.sort(Comparator.comparing(Row::channel).thenComparing(Row::priority));
        breaches.sort(Comparator.comparing(Breach::dueAt));
        return new SlaReport(from, to, now, rows, breaches);
    }

    private static Row row(List<Appeal> cell, Instant now, List<Breach> breaches) {
        int firstDue = 0;
        int firstOnTime = 0;
        int resolutionDue = 0;
        int resolutionOnTime = 0;
        List<Long> firstMinutes = new ArrayList<>();
        List<Long> resolutionMinutes = new ArrayList<>();
        for (Appeal a : cell) {
            if (a.firstAnsweredAt() != null) {
                firstMinutes.add(Duration.between(a.receivedAt(), a.firstAnsweredAt()).toMinutes());
            }
            if (a.resolvedAt() != null) {
                resolutionMinutes.add(Duration.between(a.receivedAt(), a.resolvedAt()).toMinutes());
            }
            if (a.status() == AppealStatus.REJECTED || a.firstResponseDueAt() == null) {
                continue;
            }
            Outcome first = outcome(a.firstResponseDueAt(), a.firstAnsweredAt(), now);
            if (first != Outcome.PENDING) {
                firstDue++;
                if (first == Outcome.ON_TIME) {
                    firstOnTime++;
                } else {
                    breaches.add(breach(a, Deadline.FIRST_RESPONSE, a.firstResponseDueAt(), a.firstAnsweredAt(), now));
                }
            }
            Instant resolved = a.resolvedAt() != null ? a.resolvedAt() : a.closedAt();
            Outcome resolution = outcome(a.resolutionDueAt(), resolved, now);
            if (resolution != Outcome.PENDING) {
                resolutionDue++;
                if (resolution == Outcome.ON_TIME) {
                    resolutionOnTime++;
                } else {
                    breaches.add(breach(a, Deadline.RESOLUTION, a.resolutionDueAt(), resolved, now));
                }
            }
        }
        Appeal any = cell.get(0);
        return new Row(any.channel(), any.priority(), cell.size(), firstDue, firstOnTime, percent(firstOnTime, firstDue),
                median(firstMinutes), resolutionDue, resolutionOnTime, percent(resolutionOnTime, resolutionDue),
                median(resolutionMinutes));
    }

    private enum Outcome {
        ON_TIME, LATE, PENDING
    }

    private static Outcome outcome(Instant due, Instant met, Instant now) {
        if (met != null) {
            return met.isAfter(due) ? Outcome.LATE : Outcome.ON_TIME;
        }
        return now.isAfter(due) ? Outcome.LATE : Outcome.PENDING;
    }

    private static Breach breach(Appeal a, Deadline deadline, Instant due, Instant met, Instant now) {
        long late = Duration.between(due, met != null ? met : now).toMinutes();
        return new Breach(a.number(), a.channel(), a.priority(), deadline, due, met, late);
    }

    private static Double percent(int part, int whole) {
        return whole == 0 ? null : Math.round(1000.0 * part / whole) / 10.0;
    }

    private static Long median(List<Long> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Long> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}
