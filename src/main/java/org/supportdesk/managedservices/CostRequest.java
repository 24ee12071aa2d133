package org.supportdesk.managedservices;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.supportdesk.vocabulary.Language;
import org.supportdesk.vocabulary.ManagedService;

/** One Managed Services cost request: who asks, for what, on which environment, and its quote. */
public record CostRequest(
        long id,
        String number,
        CostRequestStatus status,
        String company,
        String contactName,
        String contactEmail,
        String login,
        List<ManagedService> services,
        Environment environment,
        LocalDate desiredStart,
        String notes,
        Language language,
        String sourceAppealNumber,
        String createdBy,
        Instant createdAt,
        String declineReason,
        BigDecimal discountPercent,
        BigDecimal oneOffTotal,
        BigDecimal monthlyTotal,
        Instant quoteIssuedAt,
        LocalDate quoteValidUntil,
        Instant decidedAt,
        String refusalReason) {

    /** The customer's environment, which sizes the 24/7 fees. */
    public record Environment(int vms, int vcpu, int ramGb, BigDecimal storageTb, int databases, int k8sClusters) {
    }
}
