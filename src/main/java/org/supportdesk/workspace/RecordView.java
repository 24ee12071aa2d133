package org.supportdesk.workspace;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.supportdesk.managedservices.CostRequest;
import org.supportdesk.managedservices.CostRequestStatus;
import org.supportdesk.managedservices.QuoteLine;
import org.supportdesk.managedservices.ServiceGroup;
import org.supportdesk.notification.NotificationRepository;
import org.supportdesk.notification.NotificationType;
import org.supportdesk.notification.ServiceNotification;
import org.supportdesk.vocabulary.Channel;
import org.supportdesk.vocabulary.Language;
import org.supportdesk.vocabulary.ManagedService;

/**
 * What the workspace shows beside a task that belongs to no appeal: the Managed Services cost request
 * (also for its onboarding steps) or the service notice, read from the desk's tables when asked for.
 * Codes stay codes; the plugin puts them into words in the reader's language. Staff members (who filed,
 * decided, reported, approved or completed something) appear by name, as the identity service knows
 * them, else by user id.
 */
final class RecordView {

    private RecordView() {
    }

    /** Which kind of record a task belongs to. */
    enum Kind {
        APPEAL, COST_REQUEST, ONBOARDING, NOTIFICATION
    }

    /**
     * A cost request as it stands.
     *
     * @param onboarding the onboarding process the asked-about task runs in (e.g. {@code ms-onboarding-dr}),
     *                   null when not read for an onboarding task
     * @param decisions  what was decided so far, oldest first
     * @param serviceGroup the service group the asked-about scoping task is for, null when not read for one
     */
    record CostRequestView(String number, CostRequestStatus status, String company, String contactName,
                           String contactEmail, String login, List<ManagedService> services,
                           CostRequest.Environment environment, LocalDate desiredStart, String notes, Language language,
                           String sourceAppealNumber, String filedBy, Instant createdAt, RequestQuote quote,
                           ContractView contract, List<Decision> decisions, List<OnboardingStepView> onboardingSteps,
                           String onboarding, ServiceGroup serviceGroup) {
    }

    /** The quote: lines, sums before the discount, the discount and the totals after it. */
    record RequestQuote(List<QuoteLine> lines, BigDecimal oneOffSubtotal, BigDecimal monthlySubtotal,
                     BigDecimal discountPercent, BigDecimal oneOffTotal, BigDecimal monthlyTotal, Instant issuedAt,
                     LocalDate validUntil) {
    }

    /** The contract the request led to. */
    record ContractView(List<ManagedService> services, LocalDate startsOn, LocalDate endsOn, boolean active) {
    }

    /**
     * One decision on the request: {@code FILED}, {@code INFORMATION_REQUESTED} (note: presales' question),
     * {@code INFORMATION_ADDED} (note: what sales added), {@code DECLINED} (note: the reason), {@code SCOPED}
     * (the group, its hours and the engineer's assumptions as the note), {@code DISCOUNT_APPROVED},
     * {@code DISCOUNT_REJECTED} (the discount asked for, the sales lead's note), {@code QUOTE_SENT},
     * {@code ACCEPTED}, {@code REFUSED} (note: the reason). {@code at} is null where the desk keeps no time
     * (a decline recorded before the desk kept its time).
     */
    record Decision(String kind, ServiceGroup group, BigDecimal oneOffHours, BigDecimal monthlyHours,
                    BigDecimal discountPercent, String by, Instant at, String note) {
    }

    record OnboardingStepView(String onboarding, String step, String completedBy, Instant completedAt) {
    }

    /**
     * A service notice as it stands.
     *
     * @param texts    the notice as owners read it, in each language (without their acknowledgement link)
     * @param owners   the owners it went to, with their acknowledgements; before it is sent, those it will go to
     * @param schedule when unacknowledged owners are reminded and chased; null when the type is not chased
     *                 or the notice is not sent yet
     */
    record NoticeView(String number, NotificationType type, boolean fourEyes, ServiceNotification.Status status,
                      String service, String region, List<String> projects, String title, String details,
                      String recommendations, List<Text> texts, String reportedBy, String approvedBy,
                      Instant createdAt, Instant sentAt, Instant resolvedAt, Schedule schedule, long recipients,
                      long acknowledged, List<Owner> owners, List<NotificationRepository.Update> updates,
                      List<String> linkedAppeals) {
    }

    record Text(Language language, String text) {
    }

    /**
     * An owner of an affected project and where the notice reaches them. {@code sent}: whether it went to
     * them already; {@code name}: the contact's name in the customer directory, null when it has none.
     */
    record Owner(String login, String name, String projectCode, Channel channel, String address, boolean sent,
                 Instant acknowledgedAt) {
    }

    record Schedule(Instant reminderAt, Instant escalationAt) {
    }
}
