package org.supportdesk.appeal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.supportdesk.vocabulary.Category;
import org.supportdesk.vocabulary.Channel;
import org.supportdesk.vocabulary.Level;

/**
 * The appeal as the rest of the desk sees it: reading an appeal and the state changes of triage,
 * rejection, hand-over, resolution, reopening and escalation. Intake ({@link AppealIntake}) and the
 * conversation ({@link AppealConversation}) own the others; the appeal table belongs to this package.
 */
@Service
public class Appeals {

    private final AppealRepository appeals;
    private final AppealConversation conversation;
    private final AppealMetrics metrics;
    private final Clock clock;

    Appeals(AppealRepository appeals, AppealConversation conversation, AppealMetrics metrics, Clock clock) {
        this.appeals = appeals;
        this.conversation = conversation;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** The appeal with this number; {@link AppealNotFoundException} when there is none. */
    public Appeal get(String number) {
        return appeals.getByNumber(number);
    }

    public Optional<Appeal> find(String number) {
        return appeals.findByNumber(number);
    }

    public Optional<Appeal> findById(long id) {
        return appeals.findById(id);
    }

    /** The customer's open appeal on a channel address (a chat, a mailbox), for threading. */
    public Optional<Appeal> findOpenOnChannel(Channel channel, String channelAddress) {
        return appeals.findOpenOnChannel(channel, channelAddress);
    }

    /** Appeals received in [from, to), oldest first. */
    public List<Appeal> receivedBetween(Instant from, Instant to) {
        return appeals.receivedBetween(from, to);
    }

    /** The category, urgency and impact an agent or a decision gave; absent levels stay absent. */
    @Transactional
    public void classify(Appeal appeal, Category category, Level urgency, Level impact) {
        appeals.updateClassification(appeal.id(), category, urgency, impact);
    }

    @Transactional
    public void categorize(Appeal appeal, Category category) {
        if (appeal.category() != category) {
            appeals.updateCategory(appeal.id(), category);
        }
    }

    /** Triage accepted the appeal for support: work begins. */
    @Transactional
    public void accept(Appeal appeal) {
        appeals.updateStatus(appeal.id(), AppealStatus.IN_PROGRESS);
    }

    /** A Managed Services request: sales take it over, the appeal stays in progress until they do. */
    @Transactional
    public void handOverToSales(Appeal appeal) {
        appeals.updateCategory(appeal.id(), Category.MANAGED_SERVICES);
        appeals.updateStatus(appeal.id(), AppealStatus.IN_PROGRESS);
    }

    /** Out of scope: the appeal ends with the reason, which the customer receives. */
    @Transactional
    public void reject(Appeal appeal, String code, String reason) {
        appeals.markRejected(appeal.id(), code, reason, clock.instant());
        conversation.systemWrites(appeal, MessageKind.REJECTION, reason);
    }

    /** Resolved: the clock stops and the customer receives the notice. */
    @Transactional
    public void resolve(Appeal appeal, String notice) {
        Instant now = clock.instant();
        appeals.markResolved(appeal.id(), now);
        metrics.resolved(appeal, now);
        conversation.systemWrites(appeal, MessageKind.RESOLUTION, notice);
    }

    /** The customer wrote after resolution: back to work, the resolution clock starts again now. */
    @Transactional
    public void reopen(Appeal appeal) {
        appeals.markReopened(appeal.id(), clock.instant());
    }

    /** Raises the recorded escalation level; never lowers it. */
    @Transactional
    public void raiseEscalationLevel(Appeal appeal, int level) {
        appeals.raiseEscalationLevel(appeal.id(), level);
    }
}
