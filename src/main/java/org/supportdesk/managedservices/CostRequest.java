package org.supportdesk.managedservices;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.supportdesk.vocabulary.Language;
import org.supportdesk.vocabulary.ManagedService;

/**
 * One Managed Services cost request: who asks, for what, where it came from, its quote (null until
 * priced) and how it ended.
 */
public record CostRequest(long id, String number, CostRequestStatus status, Customer customer,
                          Requirements requirements, Origin origin, QuoteTerms quote, Outcome outcome) {

    /** Who asks: the company, its contact person and login, and the language quotes are written in. */
    public record Customer(String company, String contactName, String contactEmail, String login, Language language) {
    }

    /** What the customer wants: the services, the environment they run on, from when, and sales' notes. */
    public record Requirements(List<ManagedService> services, Environment environment, LocalDate desiredStart,
                               String notes) {
    }

    /** The customer's environment, which sizes the 24/7 fees. */
    public record Environment(int vms, int vcpu, int ramGb, BigDecimal storageTb, int databases, int k8sClusters) {

        /** A lead's environment, before sales found it out. */
        public static final Environment UNKNOWN = new Environment(0, 0, 0, BigDecimal.ZERO, 0, 0);
    }

    /** Who filed the request and when; the appeal it came from, if any. */
    public record Origin(String sourceAppealNumber, String createdBy, Instant createdAt) {
    }

    /** The priced quote's totals; issued and valid until are set once it went to the customer. */
    public record QuoteTerms(BigDecimal discountPercent, BigDecimal oneOffTotal, BigDecimal monthlyTotal,
                             Instant issuedAt, LocalDate validUntil) {
    }

    /** How it ended: presales' decline reason, or the customer's answer to the quote (refusal reason). */
    public record Outcome(String declineReason, Instant decidedAt, String refusalReason) {
    }
}
