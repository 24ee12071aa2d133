package org.supportdesk.managedservices;

import java.math.BigDecimal;

import org.supportdesk.vocabulary.ManagedService;

/**
 * One priced line: engineering hours of a service group (one-off or per month), or the monthly fee
 * of a 24/7 service ({@code service} set).
 */
public record QuoteLine(
        ServiceGroup group,
        ManagedService service,
        Kind kind,
        BigDecimal quantity,
        BigDecimal unitPrice,
        BigDecimal oneOffAmount,
        BigDecimal monthlyAmount) {

    public enum Kind {
        ONE_OFF_HOURS, MONTHLY_HOURS, MONTHLY_FEE
    }
}
