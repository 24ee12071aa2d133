package org.supportdesk.workspace;

import java.time.Instant;
import java.util.List;

import org.supportdesk.appeal.AppealStatus;
import org.supportdesk.managedservices.ServiceGroup;
import org.supportdesk.notification.NotificationType;
import org.supportdesk.vocabulary.Category;
import org.supportdesk.vocabulary.Channel;
import org.supportdesk.vocabulary.ManagedService;
import org.supportdesk.vocabulary.Priority;

/**
 * What a Tasklist card shows of a task, so staff can choose from the list: which appeal, cost request or
 * notice, whose, about what, how urgent and how much time is left.
 *
 * @param kind       what the task belongs to
 * @param number     the appeal's, cost request's (also for onboarding steps) or notice's number
 * @param subject    the appeal's subject or the notice's title; null for cost requests (see {@code services})
 * @param customer   the company when known, else the contact's name or login; for notices the projects
 *                   (or region) affected
 * @param status     appeals only; {@code state} carries the cost request's or notice's status code
 * @param services   cost requests and onboardings: the services asked for
 * @param noticeType notices only
 * @param owners     notices only: the names (else logins) of the owners it goes or went to
 * @param serviceGroup a cost request's scoping task: the service group it is for (each group has its own task)
 * @param dueAt      cost requests, onboardings, notices: the task's due date, else the next date the
 *                   record sets (the quote's end of validity, the next acknowledgement reminder)
 */
record TaskCard(String taskId, RecordView.Kind kind, String number, String subject, String customer, Channel channel,
                Priority priority, Category category, AppealStatus status, SlaStatus sla, int escalationLevel,
                boolean managedServices, String state, List<ManagedService> services, NotificationType noticeType,
                List<String> owners, ServiceGroup serviceGroup, Instant dueAt) {

    static TaskCard appeal(String taskId, String number, String subject, String customer, Channel channel,
                           Priority priority, Category category, AppealStatus status, SlaStatus sla,
                           int escalationLevel, boolean managedServices) {
        return new TaskCard(taskId, RecordView.Kind.APPEAL, number, subject, customer, channel, priority, category,
                status, sla, escalationLevel, managedServices, null, List.of(), null, List.of(), null, null);
    }
}
