package org.supportdesk.appeal;

import java.time.Instant;
import java.util.List;
import org.supportdesk.competency.CompetencyRecord;
import org.supportdesk.vocabulary.Channel;
import org.supportdesk.vocabulary.Category;
import org.supportdesk.vocabulary.Level;
import org.supportdesk.vocabulary.Priority;

/** An appeal as its customer (no internal notes, no staff names) or staff see it. */
record AppealView(String number, Channel channel, AppealStatus status, Priority priority, Category category,
                  Level urgency, Level impact, String login, String project, String email, String subject,
                  String description, Instant receivedAt, Instant firstResponseDueAt, Instant resolutionDueAt,
                  Instant firstAnsweredAt, Instant resolvedAt, String rejectionReason, Integer escalationLevel,
                  List<CompetencyRecord> competencyDecisions, List<MessageView> messages,
                  List<AttachmentView> attachments) {

    record MessageView(long id, AppealMessage.Direction direction, MessageKind kind, String author,
                       Visibility visibility, String body, Instant createdAt) {

        static MessageView of(AppealMessage m, boolean staff) {
            return new MessageView(m.id(), m.direction(), m.kind(), staff ? m.author() : null,
                    staff ? m.visibility() : null, m.body(), m.createdAt());
        }
    }

    /** {@code messageId}: the message the file came with; null for the files of the first message. */
    record AttachmentView(long id, String fileName, String contentType, long size, String url, Long messageId) {

        static AttachmentView of(String number, Attachment a) {
            return new AttachmentView(a.id(), a.fileName(), a.contentType(), a.sizeBytes(),
                    "/api/appeals/" + number + "/attachments/" + a.id(), a.messageId());
        }
    }

    /** {@code competency}: the appeal's competency decisions, oldest first; staff only. */
    static AppealView of(Appeal a, List<AppealMessage> messages, List<Attachment> attachments, boolean staff,
                         List<CompetencyRecord> competency) {
        return new AppealView(a.number(), a.channel(), a.status(), a.priority(), a.category(), a.urgency(),
                a.impact(), a.login(), a.project(), a.contactEmail(), a.subject(), a.description(), a.receivedAt(),
                a.firstResponseDueAt(), a.resolutionDueAt(), a.firstAnsweredAt(), a.resolvedAt(),
                a.rejectionReason(), staff ? a.escalationLevel() : null, staff ? competency : null,
                messages.stream().map(m -> MessageView.of(m, staff)).toList(),
                attachments.stream().map(f -> AttachmentView.of(a.number(), f)).toList());
    }
}
