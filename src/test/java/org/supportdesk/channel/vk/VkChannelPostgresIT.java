package org.supportdesk.channel.vk;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.supportdesk.channel.ChannelScenarioSupport;
import org.supportdesk.channel.FakePlatform;
import org.supportdesk.vocabulary.Channel;

/**
 * VK end to end: Callback API events as VK documents them (API 5.199), replies through
 * messages.send of a local fake of the VK API.
 */
class VkChannelPostgresIT extends ChannelScenarioSupport {

    private static final long GROUP = 229384756L;
    /** Peers whose first messages.send fails: once with HTTP 500, once with a VK error in a 200 answer. */
    private static final Map<String, AtomicInteger> FLAKY_PEERS = new ConcurrentHashMap<>();

    @BeforeAll
    static void vkApi() {
        PLATFORM.on("/method/messages.send", request -> {
            AtomicInteger failuresLeft = FLAKY_PEERS.get(form(request).get("peer_id"));
            if (failuresLeft != null && failuresLeft.get() > 0) {
                return failuresLeft.getAndDecrement() == 2
                        ? FakePlatform.Response.json(500, "")
                        : FakePlatform.Response.json(200,
                        "{\"error\":{\"error_code\":10,\"error_msg\":\"Internal server error\"}}");
            }
            return FakePlatform.Response.json(200, "{\"response\":4242}");
        });
        PLATFORM.on("/vk-files/doc/traceroute.txt", request ->
                FakePlatform.Response.bytes("traceroute to 10.0.0.5, 30 hops max\n 1  10.0.0.1  0.4 ms\n"
                        .getBytes(StandardCharsets.UTF_8)));
        PLATFORM.on("/vk-files/photo/large.png", request -> FakePlatform.Response.bytes(PNG));
    }

    @Test
    void confirmationIsAnsweredWithTheConfiguredString() {
        ResponseEntity<String> answer = post("{\"type\":\"confirmation\",\"group_id\":" + GROUP + "}");

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(answer.getBody()).isEqualTo(VK_CONFIRMATION);
    }

    @Test
    void aWrongOrMissingSecretIsRefusedAndNothingIsStored() {
        String peer = randomId();
        String eventId = "e-" + randomId();

        assertThat(post(messageNew(eventId, peer, "Site is down", "wrong")).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(post(messageNew(eventId, peer, "Site is down", null)).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);

        assertThat(receipts(Channel.VK, eventId)).isZero();
        assertThat(appealsFrom(Channel.VK, peer)).isEmpty();
    }

    @Test
    void theSameEventDeliveredThreeTimesAtOnceMakesOneAppealAndIsAnsweredOk() throws Exception {
        String peer = randomId();
        String eventId = "e-" + randomId();
        String event = messageNew(eventId, peer, "Не могу войти в панель управления", VK_SECRET);

        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Callable<ResponseEntity<String>>> deliveries = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                deliveries.add(() -> post(event));
            }
            for (Future<ResponseEntity<String>> answer : pool.invokeAll(deliveries)) {
                assertThat(answer.get().getStatusCode()).isEqualTo(HttpStatus.OK);
                assertThat(answer.get().getBody()).isEqualTo("ok");
            }
        } finally {
            pool.shutdown();
        }

        assertThat(appealsFrom(Channel.VK, peer)).hasSize(1);
        assertThat(receipts(Channel.VK, eventId)).isEqualTo(1);
    }

    @Test
    void aFollowUpWithAttachmentsLandsOnTheOpenAppeal() {
        String peer = randomId();
        post(messageNew("e-" + randomId(), peer, "Packets to my VM are lost", VK_SECRET));
        String number = appealsFrom(Channel.VK, peer).get(0);

        String followUp = """
                {"group_id": %d, "type": "message_new", "event_id": "e-%s", "v": "5.199", "secret": "%s",
                 "object": {"message": {"date": 1732450100, "from_id": %s, "id": 0, "out": 0, "version": 10002,
                   "attachments": [
                     {"type": "doc", "doc": {"id": 6001, "owner_id": %s, "title": "traceroute.txt", "size": 56,
                       "ext": "txt", "date": 1732450090, "type": 1, "url": "%s/vk-files/doc/traceroute.txt"}},
                     {"type": "photo", "photo": {"album_id": -3, "date": 1732450095, "id": 457239017, "owner_id": %s,
                       "sizes": [{"height": 75, "type": "s", "width": 75, "url": "%s/vk-files/photo/small.png"},
                                 {"height": 720, "type": "x", "width": 1280, "url": "%s/vk-files/photo/large.png"}]}}],
                   "conversation_message_id": 2, "fwd_messages": [], "important": false, "is_hidden": false,
                   "peer_id": %s, "random_id": 0, "text": "Traceroute attached"},
                   "client_info": {"button_actions": ["text"], "keyboard": true, "inline_keyboard": true,
                                   "carousel": true, "lang_id": 0}}}
                """.formatted(GROUP, randomId(), VK_SECRET, peer, peer, PLATFORM.url(), peer, PLATFORM.url(),
                PLATFORM.url(), peer);
        assertThat(post(followUp).getBody()).isEqualTo("ok");

        assertThat(appealsFrom(Channel.VK, peer)).containsExactly(number);
        assertThat(customerMessages(number)).containsExactly("Traceroute attached");
        // files are fetched after the platform has its answer
        eventually().untilAsserted(() -> assertThat(attachmentNames(number))
                .containsExactly("traceroute.txt", "photo-457239017.jpg"));
    }

    /**
     * A file server that does not answer must not hold the webhook: VK gets its "ok" while the file
     * is still on its way (VK would otherwise deliver the event again), the repeat VK sends anyway
     * changes nothing, and the file is kept once the server answers.
     */
    @Test
    void theWebhookAnswersBeforeASlowFileServerAndARepeatFetchesNothingTwice() throws Exception {
        CountDownLatch serverHeld = new CountDownLatch(1);
        CountDownLatch released = new CountDownLatch(1);
        try (FakePlatform slowFiles = new FakePlatform()) {
            slowFiles.on("/slow/config.txt", request -> {
                serverHeld.countDown();
                try {
                    released.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return FakePlatform.Response.bytes("listen 443 ssl;\n".getBytes(StandardCharsets.UTF_8));
            });
            String peer = randomId();
            String event = """
                    {"group_id": %d, "type": "message_new", "event_id": "e-%s", "v": "5.199", "secret": "%s",
                     "object": {"message": {"date": 1732450100, "from_id": %s, "id": 0, "out": 0,
                       "attachments": [{"type": "doc", "doc": {"id": 6002, "owner_id": %s, "title": "config.txt",
                         "size": 16, "ext": "txt", "url": "%s/slow/config.txt"}}],
                       "conversation_message_id": 1, "peer_id": %s, "text": "Nginx config attached"}}}
                    """.formatted(GROUP, randomId(), VK_SECRET, peer, peer, slowFiles.url(), peer);

            long started = System.nanoTime();
            ResponseEntity<String> answer = post(event);
            Duration answeredIn = Duration.ofNanos(System.nanoTime() - started);
            ResponseEntity<String> repeat = post(event);

            assertThat(answer.getBody()).isEqualTo("ok");
            assertThat(repeat.getBody()).isEqualTo("ok");
            // the file server is still held: the answer could not have waited for it
            assertThat(serverHeld.await(20, TimeUnit.SECONDS)).isTrue();
            assertThat(released.getCount()).isEqualTo(1);
            assertThat(answeredIn).isLessThan(Duration.ofSeconds(5));
            String number = appealsFrom(Channel.VK, peer).get(0);
            assertThat(appealsFrom(Channel.VK, peer)).containsExactly(number);
            assertThat(attachmentNames(number)).isEmpty();

            released.countDown();
            eventually().untilAsserted(() -> assertThat(attachmentNames(number)).containsExactly("config.txt"));
            assertThat(slowFiles.requestsTo("/slow/config.txt")).hasSize(1);
        } finally {
            released.countDown();
        }
    }

    @Test
    void aFailedSendIsRetriedWithTheSameRandomIdSoVkCanIgnoreTheRepeat() {
        String peer = randomId();
        FLAKY_PEERS.put(peer, new AtomicInteger(2));
        post(messageNew("e-" + randomId(), peer, "Backups of project crm failed tonight", VK_SECRET));
        String number = appealsFrom(Channel.VK, peer).get(0);

        eventually().until(() -> "SENT".equals(outboxStatus(number, "ACKNOWLEDGEMENT")));

        List<Map<String, String>> sends = PLATFORM.requestsTo("/method/messages.send").stream()
                .map(VkChannelPostgresIT::form).filter(f -> peer.equals(f.get("peer_id"))).toList();
        assertThat(sends).hasSize(3);
        Set<String> randomIds = new java.util.HashSet<>();
        sends.forEach(f -> randomIds.add(f.get("random_id")));
        assertThat(randomIds).hasSize(1);
        Map<String, String> send = sends.get(0);
        assertThat(send).containsEntry("access_token", "vk-community-token").containsEntry("v", "5.199");
        assertThat(Integer.parseInt(send.get("random_id"))).isPositive();
        assertThat(send.get("message")).startsWith("[" + number + "]");
    }

    private ResponseEntity<String> post(String event) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.postForEntity("/webhooks/vk", new HttpEntity<>(event, headers), String.class);
    }

    private static String messageNew(String eventId, String peer, String text, String secret) {
        return """
                {"group_id": %d, "type": "message_new", "event_id": "%s", "v": "5.199", %s
                 "object": {"message": {"date": 1732450000, "from_id": %s, "id": 0, "out": 0, "version": 10001,
                   "attachments": [], "conversation_message_id": 1, "fwd_messages": [], "important": false,
                   "is_hidden": false, "peer_id": %s, "random_id": 0, "text": %s},
                   "client_info": {"button_actions": ["text"], "keyboard": true, "inline_keyboard": true,
                                   "carousel": true, "lang_id": 0}}}
                """.formatted(GROUP, eventId, secret == null ? "" : "\"secret\": \"" + secret + "\",", peer, peer,
                quoted(text));
    }

    private static String quoted(String text) {
        try {
            return new ObjectMapper().writeValueAsString(text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> form(FakePlatform.Request request) {
        Map<String, String> fields = new HashMap<>();
        for (String pair : request.bodyText().split("&")) {
            String[] kv = pair.split("=", 2);
            fields.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                    kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
        }
        return fields;
    }
}
