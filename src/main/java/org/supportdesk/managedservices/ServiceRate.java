package org.supportdesk.managedservices;

import java.math.BigDecimal;

/** What the {@code ms-pricing} decision says of one service. */
public record ServiceRate(ServiceGroup group, BigDecimal hourlyRate, BigDecimal monthlyFee) {
}
