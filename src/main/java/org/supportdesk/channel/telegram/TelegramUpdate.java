package org.supportdesk.channel.telegram;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.supportdesk.channel.PlatformId;

/**
 * A Bot API Update as Telegram documents it; only what support reads is bound (a new message, its
 * sender, chat, text or caption, document and photo sizes), the rest is ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record TelegramUpdate(@JsonProperty("update_id") PlatformId updateId, Message message) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Message(User from, Chat chat, String text, String caption, Document document, List<PhotoSize> photo) {

        Message {
            photo = photo == null ? List.of() : photo;
        }

        boolean fromBot() {
            return from != null && from.bot();
        }

        /** The text, or the caption of a file. */
        String words() {
            return text != null ? text : caption != null ? caption : "";
        }

        /** "First Last (@username)", as much of it as Telegram tells; null when it tells nothing. */
        String senderName() {
            if (from == null) {
                return null;
            }
            String name = ((from.firstName() == null ? "" : from.firstName()) + " "
                    + (from.lastName() == null ? "" : from.lastName())).strip();
            String username = from.username() == null ? "" : from.username();
            if (!username.isEmpty()) {
                name = name.isEmpty() ? "@" + username : name + " (@" + username + ")";
            }
            return name.isEmpty() ? null : name;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record User(@JsonProperty("is_bot") boolean bot, @JsonProperty("first_name") String firstName,
                @JsonProperty("last_name") String lastName, String username) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Chat(PlatformId id) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Document(@JsonProperty("file_id") String fileId, @JsonProperty("file_name") String fileName,
                    @JsonProperty("file_size") long fileSize) {
    }

    /** One size of a photo; Telegram lists them smallest first. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record PhotoSize(@JsonProperty("file_id") String fileId, @JsonProperty("file_unique_id") String fileUniqueId,
                     @JsonProperty("file_size") long fileSize) {
    }
}
