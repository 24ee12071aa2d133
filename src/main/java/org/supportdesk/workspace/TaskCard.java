package org.supportdesk.workspace;

import org.supportdesk.appeal.AppealStatus;
import org.supportdesk.vocabulary.Category;
import org.supportdesk.vocabulary.Channel;
import org.supportdesk.vocabulary.Priority;

/**
 * What a Tasklist card shows of an appeal task, so an agent can choose from the list: which appeal,
 * whose, about what, how urgent and how much time is left.
 *
 * @param customer the company when the directory knows it, else the contact's name or login
 */
record TaskCard(String taskId, String number, String subject, String customer, Channel channel, Priority priority,
                Category category, AppealStatus status, SlaStatus sla, int escalationLevel, boolean managedServices) {
}
