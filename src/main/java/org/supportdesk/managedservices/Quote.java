package org.supportdesk.managedservices;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.supportdesk.vocabulary.ManagedService;

/**
 * The priced quote: lines, sums before the discount, and totals after it. Hours are priced at
 * the highest rate among the group's requested services; each 24/7 service adds its monthly fee.
 */
public record Quote(List<QuoteLine> lines, BigDecimal oneOffSubtotal, BigDecimal monthlySubtotal,
                    BigDecimal discountPercent, BigDecimal oneOffTotal, BigDecimal monthlyTotal) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public static Quote price(List<ManagedService> services, Map<ManagedService, ServiceRate> rates,
                              List<Scope> scopes, BigDecimal discountPercent) {
        Map<ServiceGroup, BigDecimal> groupRate = new EnumMap<>(ServiceGroup.class);
        for (ManagedService service : services) {
            ServiceRate rate = rates.get(service);
            groupRate.merge(rate.group(), rate.hourlyRate(), BigDecimal::max);
        }
        List<QuoteLine> lines = new ArrayList<>();
        for (Scope scope : scopes) {
            BigDecimal rate = groupRate.get(scope.group());
            if (rate == null) {
                continue;
            }
            if (scope.oneOffHours().signum() > 0) {
                lines.add(new QuoteLine(scope.group(), null, QuoteLine.Kind.ONE_OFF_HOURS, scope.oneOffHours(), rate,
                        money(scope.oneOffHours().multiply(rate)), money(BigDecimal.ZERO)));
            }
            if (scope.monthlyHours().signum() > 0) {
                lines.add(new QuoteLine(scope.group(), null, QuoteLine.Kind.MONTHLY_HOURS, scope.monthlyHours(), rate,
                        money(BigDecimal.ZERO), money(scope.monthlyHours().multiply(rate))));
            }
        }
        for (ManagedService service : services) {
            ServiceRate rate = rates.get(service);
            if (rate.monthlyFee().signum() > 0) {
                lines.add(new QuoteLine(rate.group(), service, QuoteLine.Kind.MONTHLY_FEE, BigDecimal.ONE,
                        rate.monthlyFee(), money(BigDecimal.ZERO), money(rate.monthlyFee())));
            }
        }
        BigDecimal oneOff = money(lines.stream().map(QuoteLine::oneOffAmount).reduce(BigDecimal.ZERO, BigDecimal::add));
        BigDecimal monthly = money(lines.stream().map(QuoteLine::monthlyAmount)
                .reduce(BigDecimal.ZERO, BigDecimal::add));
        BigDecimal discount = discountPercent == null ? BigDecimal.ZERO : discountPercent;
        BigDecimal keep = HUNDRED.subtract(discount).divide(HUNDRED);
        return new Quote(List.copyOf(lines), oneOff, monthly, discount, money(oneOff.multiply(keep)),
                money(monthly.multiply(keep)));
    }

    private static BigDecimal money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }
}
