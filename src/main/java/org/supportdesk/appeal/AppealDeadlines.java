package org.supportdesk.appeal;

import java.time.Duration;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.supportdesk.sla.Deadlines;
import org.supportdesk.sla.process.SlaPolicy;
import org.supportdesk.vocabulary.Priority;

/** Computes and stores an appeal's deadlines from its received time (see {@link Deadlines}). */
@Service
public class AppealDeadlines {

    private final AppealRepository appeals;
    private final SlaPolicy sla;

    AppealDeadlines(AppealRepository appeals, SlaPolicy sla) {
        this.appeals = appeals;
        this.sla = sla;
    }

    @Transactional
    public Deadlines apply(String number, Priority priority) {
        Appeal appeal = appeals.getByNumber(number);
        Deadlines deadlines = Deadlines.of(appeal.receivedAt(), appeal.resolutionClockStart(),
                sla.timesFor(appeal.channel(), priority, appeal.managedServices()),
                Duration.ofSeconds(appeal.pausedSeconds()));
        appeals.updateDeadlines(appeal.id(), priority, deadlines);
        return deadlines;
    }
}
