package org.supportdesk.managedservices;

import java.math.BigDecimal;

/** An engineer's estimate for one service group. */
public record Scope(ServiceGroup group, BigDecimal oneOffHours, BigDecimal monthlyHours, String assumptions) {
}
