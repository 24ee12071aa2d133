package org.supportdesk.channel.vk;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.supportdesk.channel.PlatformId;

/**
 * A Callback API event as VK documents it; only what support reads is bound. From API 5.103 on a
 * new message comes wrapped ({@code object.message}), before that as the object itself: both bind
 * to {@link Message}, and {@link Message#unwrapped()} is the message either way.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record VkEvent(String type, @JsonProperty("group_id") Long groupId, String secret,
               @JsonProperty("event_id") String eventId, Message object) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Message(@JsonProperty("peer_id") PlatformId peerId, @JsonProperty("from_id") PlatformId fromId,
                   Integer out, String text, List<Attachment> attachments,
                   @JsonProperty("conversation_message_id") Long conversationMessageId, Long id, Message message) {

        Message {
            text = text == null ? "" : text;
            attachments = attachments == null ? List.of() : attachments;
        }

        Message unwrapped() {
            return message != null ? message : this;
        }

        boolean outgoing() {
            return out != null && out == 1;
        }

        /** Where replies go: the peer, or the sender when VK names no peer. */
        PlatformId replyTo() {
            return peerId != null ? peerId : fromId;
        }

        /** An id for the delivery when VK sends no event_id (older API versions). */
        String number() {
            return conversationMessageId != null ? conversationMessageId.toString() : id != null ? id.toString() : "";
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Attachment(String type, Doc doc, Photo photo) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Doc(String title, Long size, String url) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Photo(Long id, List<Size> sizes) {
        Photo {
            sizes = sizes == null ? List.of() : sizes;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Size(Long width, Long height, String url) {

        long area() {
            return (width == null ? 0 : width) * (height == null ? 0 : height);
        }
    }
}
