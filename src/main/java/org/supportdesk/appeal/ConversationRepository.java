package org.supportdesk.appeal;

import static org.supportdesk.system.SqlTime.instant;
import static org.supportdesk.system.SqlTime.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Messages and attachments of appeals. */
@Repository
class ConversationRepository {

    private static final RowMapper<AppealMessage> MESSAGE = ConversationRepository::mapMessage;
    private static final RowMapper<Attachment> ATTACHMENT = ConversationRepository::mapAttachment;

    private final JdbcClient jdbc;

    ConversationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insertMessage(long appealId, AppealMessage.Direction direction, MessageKind kind, String author,
                       Visibility visibility, String body, Instant at) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO appeal_message (appeal_id, direction, kind, author, visibility, body, created_at)
                VALUES (:appealId, :direction, :kind, :author, :visibility, :body, :at)""")
                .param("appealId", appealId)
                .param("direction", direction.name())
                .param("kind", kind.name())
                .param("author", author)
                .param("visibility", visibility.name())
                .param("body", body)
                .param("at", utc(at))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    public List<AppealMessage> messages(long appealId, boolean includeInternal) {
        return jdbc.sql("SELECT * FROM appeal_message WHERE appeal_id = :appealId"
                        + (includeInternal ? "" : " AND visibility = 'CUSTOMER'")
                        + " ORDER BY created_at, id")
                .param("appealId", appealId).query(MESSAGE).list();
    }

    void insertAttachment(long appealId, Long messageId, StoredFile file, Instant at) {
        jdbc.sql("""
                INSERT INTO appeal_attachment (appeal_id, message_id, file_name, content_type, size_bytes, content,
                    created_at)
                VALUES (:appealId, :messageId, :fileName, :contentType, :size, :content, :at)""")
                .param("appealId", appealId)
                .param("messageId", messageId)
                .param("fileName", file.fileName())
                .param("contentType", file.contentType())
                .param("size", (long) file.content().length)
                .param("content", file.content())
                .param("at", utc(at))
                .update();
    }

    public List<Attachment> attachments(long appealId) {
        return jdbc.sql("""
                SELECT id, appeal_id, message_id, file_name, content_type, size_bytes, created_at
                FROM appeal_attachment WHERE appeal_id = :appealId ORDER BY id""")
                .param("appealId", appealId).query(ATTACHMENT).list();
    }

    public Optional<StoredFile> attachmentContent(long appealId, long attachmentId) {
        return jdbc.sql("""
                SELECT file_name, content_type, content FROM appeal_attachment
                WHERE appeal_id = :appealId AND id = :id""")
                .param("appealId", appealId).param("id", attachmentId)
                .query((rs, row) -> new StoredFile(rs.getString("file_name"), rs.getString("content_type"),
                        rs.getBytes("content")))
                .optional();
    }

    private static AppealMessage mapMessage(ResultSet rs, int row) throws SQLException {
        return new AppealMessage(rs.getLong("id"), rs.getLong("appeal_id"),
                AppealMessage.Direction.valueOf(rs.getString("direction")),
                MessageKind.valueOf(rs.getString("kind")), rs.getString("author"),
                Visibility.valueOf(rs.getString("visibility")), rs.getString("body"), instant(rs, "created_at"));
    }

    private static Attachment mapAttachment(ResultSet rs, int row) throws SQLException {
        long messageId = rs.getLong("message_id");
        // read before the next column: wasNull() speaks of the last one read
        Long message = rs.wasNull() ? null : messageId;
        return new Attachment(rs.getLong("id"), rs.getLong("appeal_id"), message,
                rs.getString("file_name"), rs.getString("content_type"), rs.getLong("size_bytes"),
                instant(rs, "created_at"));
    }
}
