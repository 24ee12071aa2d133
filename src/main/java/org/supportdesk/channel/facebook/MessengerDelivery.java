package org.supportdesk.channel.facebook;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.supportdesk.channel.PlatformId;

/**
 * A Messenger Platform webhook delivery as Meta documents it (object "page", entries of messaging
 * events); only what support reads is bound, the rest is ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record MessengerDelivery(String object, List<Entry> entry) {

    MessengerDelivery {
        entry = entry == null ? List.of() : entry;
    }

    boolean fromPage() {
        return "page".equals(object);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Entry(List<Event> messaging) {
        Entry {
            messaging = messaging == null ? List.of() : messaging;
        }
    }

    /** One messaging event; deliveries, reads, reactions and postbacks carry no message. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Event(Party sender, Message message) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Party(PlatformId id) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Message(String mid, String text, @JsonProperty("is_echo") boolean echo, List<Attachment> attachments) {
        Message {
            text = text == null ? "" : text;
            attachments = attachments == null ? List.of() : attachments;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Attachment(String type, Payload payload) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Payload(String url, String title) {
    }
}
