package org.supportdesk.appeal.process;

import java.time.Clock;
import java.time.Instant;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.supportdesk.appeal.Appeal;
import org.supportdesk.appeal.AppealConversation;
import org.supportdesk.appeal.AppealMetrics;
import org.supportdesk.appeal.AppealRepository;
import org.supportdesk.appeal.CustomerTexts;
import org.supportdesk.appeal.MessageKind;

/** Service task "Resolve appeal": status RESOLVED and a notice to the customer. */
@Component
class ResolveAppealDelegate implements JavaDelegate {

    private final AppealRepository appeals;
    private final AppealConversation conversation;
    private final CustomerTexts texts;
    private final Clock clock;
    private final AppealMetrics metrics;

    ResolveAppealDelegate(AppealRepository appeals, AppealConversation conversation, CustomerTexts texts,
                          Clock clock, AppealMetrics metrics) {
        this.appeals = appeals;
        this.conversation = conversation;
        this.texts = texts;
        this.clock = clock;
        this.metrics = metrics;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Appeal appeal = appeals.getByNumber(execution.getProcessBusinessKey());
        Instant now = clock.instant();
        appeals.markResolved(appeal.id(), now);
        metrics.resolved(appeal, now);
        conversation.systemWrites(appeal, MessageKind.RESOLUTION, texts.resolved(appeal));
    }
}
