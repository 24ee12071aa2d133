package org.supportdesk.sla;

import java.time.Duration;

/** One row of the sla decision: the promised windows and when to warn before a breach. */
public record SlaTimes(Duration firstResponse, Duration resolution, double warningShare) {
}
