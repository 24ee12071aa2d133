package org.supportdesk.appeal;

import java.time.Instant;

/** Metadata of a stored file; the content is read separately so lists stay light. */
public record Attachment(long id, long appealId, Long messageId, String fileName, String contentType,
                         long sizeBytes, Instant createdAt) {
}
