package org.supportdesk.channel.vk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** Both shapes of a new message bind to the same record: wrapped (API 5.103 on) and bare (before). */
class VkEventTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aWrappedAndABareMessageReadTheSame() throws Exception {
        VkEvent wrapped = json.readValue("""
                {"type": "message_new", "group_id": 1, "event_id": "e1", "secret": "s",
                 "object": {"message": {"peer_id": 2000000001, "from_id": 77, "text": "Hi", "out": 0,
                   "attachments": [{"type": "doc", "doc": {"title": "a.txt", "size": 5, "url": "https://x/a.txt"}}]},
                   "client_info": {"keyboard": true}}}""", VkEvent.class);
        VkEvent bare = json.readValue("""
                {"type": "message_new", "group_id": 1, "secret": "s",
                 "object": {"from_id": 77, "id": 9, "text": "Hi", "out": 0}}""", VkEvent.class);

        VkEvent.Message first = wrapped.object().unwrapped();
        assertThat(first.replyTo().value()).isEqualTo("2000000001");
        assertThat(first.text()).isEqualTo("Hi");
        assertThat(first.attachments()).singleElement().extracting(a -> a.doc().title()).isEqualTo("a.txt");
        VkEvent.Message second = bare.object().unwrapped();
        assertThat(second.replyTo().value()).isEqualTo("77");
        assertThat(second.number()).isEqualTo("9");
        assertThat(second.outgoing()).isFalse();
    }
}
