package org.supportdesk.appeal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.supportdesk.competency.CompetencyPolicy;
import org.supportdesk.competency.CompetencyRecords;
import org.supportdesk.competency.Handling;
import org.supportdesk.vocabulary.Category;

/**
 * An agent corrects a wrong rejection: the appeal opens again under an in-scope category and runs
 * the appeal process anew from the start (competency with the given category, priority, deadlines
 * counted from now, acknowledgement to the customer, triage). The correction is kept as a labelled
 * example, so the corpus can learn from it.
 */
@Service
public class RejectionCorrection {

    static final String DECISION = "REOPEN_IN_SCOPE";

    private final AppealRepository appeals;
    private final AppealIntake intake;
    private final CompetencyPolicy competency;
    private final CompetencyRecords records;
    private final Clock clock;

    RejectionCorrection(AppealRepository appeals, AppealIntake intake, CompetencyPolicy competency,
                        CompetencyRecords records, Clock clock) {
        this.appeals = appeals;
        this.intake = intake;
        this.competency = competency;
        this.records = records;
        this.clock = clock;
    }

    @Transactional
    public Appeal reopenInScope(Appeal appeal, Category category, String agent) {
        if (appeal.status() != AppealStatus.REJECTED) {
            throw new AppealClosedException(appeal.number(), "only a rejected appeal can be reopened as in scope");
        }
        if (category == null || competency.forCategory(category).handling() != Handling.SUPPORT) {
            throw new InvalidRequestException("category", "choose one of the categories support handles");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        appeals.reopenAfterRejection(appeal.id(), category, now);
        records.recordAgentChoice(appeal.id(), appeal.text(), category, Handling.SUPPORT, DECISION, agent, now);
        intake.startProcess(appeal.number(), appeal.channel(), appeal.urgency(), appeal.impact(), category,
                appeal.managedServices(), appeal.firstAnsweredAt() != null);
        return appeals.getByNumber(appeal.number());
    }
}
