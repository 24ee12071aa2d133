package org.supportdesk.workspace.process;

import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.task.Task;

/** The fields of an engine task the workspace shows. */
public record WorkTask(String id, String name, String taskDefinitionKey, String assignee, Instant created,
                       Instant due, Instant followUp) {

    static WorkTask of(Task task) {
        return new WorkTask(task.getId(), task.getName(), task.getTaskDefinitionKey(), task.getAssignee(),
                instant(task.getCreateTime()), instant(task.getDueDate()), instant(task.getFollowUpDate()));
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
