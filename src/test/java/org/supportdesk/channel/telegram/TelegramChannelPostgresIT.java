package org.supportdesk.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.supportdesk.channel.ChannelScenarioSupport;
import org.supportdesk.channel.FakePlatform;
import org.supportdesk.vocabulary.Channel;

/**
 * Telegram end to end: Updates as the Bot API documents them posted to the webhook, files fetched
 * with getFile, replies sent with sendMessage to a local fake of the Bot API.
 */
class TelegramChannelPostgresIT extends ChannelScenarioSupport {

    private static final String BOT = "/bot" + TELEGRAM_BOT_TOKEN;
    /** Chats whose sendMessage the fake Bot API refuses with a server error. */
    private static final List<String> BROKEN_CHATS = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Autowired
    ObjectMapper json;

    @Autowired
    MeterRegistry meters;

    @BeforeAll
    static void botApi() {
        PLATFORM.on(BOT + "/sendMessage", request -> {
            String chat = readJson(request).path("chat_id").asText();
            return BROKEN_CHATS.contains(chat)
                    ? FakePlatform.Response.json(502, "{\"ok\":false,\"error_code\":502,\"description\":\"Bad Gateway\"}")
                    : FakePlatform.Response.json(200, "{\"ok\":true,\"result\":{\"message_id\":77,\"chat\":{\"id\":"
                    + chat + "},\"date\":1700000000,\"text\":\"ok\"}}");
        });
        PLATFORM.on(BOT + "/getFile", request -> {
            String fileId = readJson(request).path("file_id").asText();
            return FakePlatform.Response.json(200, "{\"ok\":true,\"result\":{\"file_id\":\"" + fileId
                    + "\",\"file_unique_id\":\"u" + fileId + "\",\"file_size\":33,\"file_path\":\"documents/"
                    + fileId + ".png\"}}");
        });
        PLATFORM.on("/file" + BOT + "/documents/screenshot-1.png", request -> FakePlatform.Response.bytes(PNG));
        PLATFORM.on("/file" + BOT + "/documents/photo-large.png", request -> FakePlatform.Response.bytes(PNG));
    }

    @Test
    void aWrongOrMissingSecretIsRefusedAndNothingIsStored() {
        String chat = randomId();
        String updateId = randomId();
        String update = textUpdate(updateId, chat, "Our VM does not start");

        assertThat(post(update, "not-the-secret").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(post(update, null).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        ResponseEntity<String> refused = post(update, "");
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);

        assertThat(receipts(Channel.TELEGRAM, updateId)).isZero();
        assertThat(appealsFrom(Channel.TELEGRAM, chat)).isEmpty();
    }

    @Test
    void aMessageBecomesAnAppealAndTheAcknowledgementGoesBackWithSendMessage() {
        String chat = randomId();

        assertThat(post(textUpdate(randomId(), chat, "Our VM does not start after resize"), TELEGRAM_SECRET)
                .getStatusCode()).isEqualTo(HttpStatus.OK);

        List<String> appeals = appealsFrom(Channel.TELEGRAM, chat);
        assertThat(appeals).hasSize(1);
        String number = appeals.get(0);
        assertThat(customerMessages(number)).isEmpty();
        eventually().until(() -> "SENT".equals(outboxStatus(number, "ACKNOWLEDGEMENT")));
        JsonNode sent = readJson(sentTo(chat).get(0));
        assertThat(sent.path("chat_id").asText()).isEqualTo(chat);
        assertThat(sent.path("text").asText()).startsWith("[" + number + "]").contains(number)
                // no login and project yet: the acknowledgement asks for them
                .contains("login: ...").contains("project: ...");
    }

    @Test
    void theSameUpdateDeliveredThreeTimesAtOnceMakesOneAppeal() throws Exception {
        String chat = randomId();
        String updateId = randomId();
        String update = textUpdate(updateId, chat, "Billing shows a double charge for November");

        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Callable<ResponseEntity<String>>> deliveries = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                deliveries.add(() -> post(update, TELEGRAM_SECRET));
            }
            for (Future<ResponseEntity<String>> answer : pool.invokeAll(deliveries)) {
                assertThat(answer.get().getStatusCode()).isEqualTo(HttpStatus.OK);
            }
        } finally {
            pool.shutdown();
        }

        assertThat(appealsFrom(Channel.TELEGRAM, chat)).hasSize(1);
        assertThat(receipts(Channel.TELEGRAM, updateId)).isEqualTo(1);
    }

    @Test
    void aFollowUpLandsOnTheOpenAppealAndLinksTheLogin() {
        String chat = randomId();
        post(textUpdate(randomId(), chat, "Disk of my VM is read-only since the night"), TELEGRAM_SECRET);
        String number = appealsFrom(Channel.TELEGRAM, chat).get(0);

        post(textUpdate(randomId(), chat, "login: ivan.petrov\nproject: web-shop"), TELEGRAM_SECRET);

        assertThat(appealsFrom(Channel.TELEGRAM, chat)).containsExactly(number);
        assertThat(customerMessages(number)).containsExactly("login: ivan.petrov\nproject: web-shop");
        Map<String, Object> appeal = jdbc.sql("SELECT login, project FROM appeal WHERE appeal_number = :n")
                .param("n", number).query().singleRow();
        assertThat(appeal).containsEntry("login", "ivan.petrov").containsEntry("project", "web-shop");
        assertThat(jdbc.sql("SELECT login FROM channel_identity WHERE channel = 'TELEGRAM' AND address = :chat")
                .param("chat", chat).query(String.class).single()).isEqualTo("ivan.petrov");
    }

    @Test
    void aDocumentAndAPhotoAreFetchedWithGetFileAndKept() {
        String chat = randomId();
        String update = """
                {"update_id": %s,
                 "message": {"message_id": 12, "date": 1732450000,
                   "from": {"id": %s, "is_bot": false, "first_name": "Ivan", "username": "ivanp", "language_code": "en"},
                   "chat": {"id": %s, "first_name": "Ivan", "username": "ivanp", "type": "private"},
                   "caption": "Error screen of the control panel",
                   "document": {"file_name": "screen.png", "mime_type": "image/png", "file_id": "screenshot-1",
                                "file_unique_id": "AgADscreen", "file_size": 33}}}
                """.formatted(randomId(), chat, chat);
        String photo = """
                {"update_id": %s,
                 "message": {"message_id": 13, "date": 1732450060,
                   "from": {"id": %s, "is_bot": false, "first_name": "Ivan"},
                   "chat": {"id": %s, "first_name": "Ivan", "type": "private"},
                   "photo": [{"file_id": "photo-small", "file_unique_id": "AQADs", "file_size": 20, "width": 90, "height": 51},
                             {"file_id": "photo-large", "file_unique_id": "AQADl", "file_size": 33, "width": 1280, "height": 720}]}}
                """.formatted(randomId(), chat, chat);

        post(update, TELEGRAM_SECRET);
        post(photo, TELEGRAM_SECRET);

        String number = appealsFrom(Channel.TELEGRAM, chat).get(0);
        // files are fetched after the platform has its answer
        eventually().untilAsserted(() -> assertThat(attachmentNames(number))
                .containsExactly("screen.png", "photo-AQADl.jpg"));
        assertThat(PLATFORM.requestsTo(BOT + "/getFile")).extracting(r -> readJson(r).path("file_id").asText())
                .contains("screenshot-1", "photo-large").doesNotContain("photo-small");
    }

    @Test
    void aPlatformErrorIsRetriedThenShownAsFailedAndStaffCanSendItAgain() {
        String chat = randomId();
        BROKEN_CHATS.add(chat);
        post(textUpdate(randomId(), chat, "Cannot reach the object storage endpoint"), TELEGRAM_SECRET);
        String number = appealsFrom(Channel.TELEGRAM, chat).get(0);
        double failedBefore = failedCount();

        eventually().until(() -> "FAILED".equals(outboxStatus(number, "ACKNOWLEDGEMENT")));

        assertThat(sentTo(chat)).hasSize(3);
        assertThat(failedCount()).isEqualTo(failedBefore + 1);
        JsonNode failed = failedDeliveries().stream()
                .filter(delivery -> number.equals(delivery.path("appealNumber").asText()))
                .findFirst().orElseThrow();
        assertThat(failed.path("attempts").asInt()).isEqualTo(3);
        assertThat(failed.path("lastError").asText()).contains("502");
        assertThat(failed.path("recipient").asText()).isEqualTo(chat);

        BROKEN_CHATS.remove(chat);
        ResponseEntity<String> retry = http.withBasicAuth("it-admin", ADMIN_PASSWORD)
                .postForEntity("/api/staff/outbox/{id}/retry", null, String.class, failed.path("id").asLong());
        assertThat(retry.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        eventually().until(() -> "SENT".equals(outboxStatus(number, "ACKNOWLEDGEMENT")));
        assertThat(sentTo(chat)).hasSize(4);
    }

    @Test
    void anAgentsReplyReachesTheChat() {
        String chat = randomId();
        post(textUpdate(randomId(), chat, "Load balancer answers 503 for project shop"), TELEGRAM_SECRET);
        String number = appealsFrom(Channel.TELEGRAM, chat).get(0);

        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> reply = http.withBasicAuth("it-admin", ADMIN_PASSWORD).postForEntity(
                "/api/appeals/{n}/messages",
                new HttpEntity<>("{\"body\":\"Please check the health check path.\",\"visibility\":\"CUSTOMER\"}",
                        headers), String.class, number);
        assertThat(reply.getStatusCode()).isEqualTo(HttpStatus.CREATED);

        eventually().until(() -> "SENT".equals(outboxStatus(number, "REPLY")));
        assertThat(sentTo(chat)).extracting(r -> readJson(r).path("text").asText())
                .anySatisfy(text -> assertThat(text).isEqualTo("[" + number + "]\nPlease check the health check path."));
    }

    private List<FakePlatform.Request> sentTo(String chat) {
        return PLATFORM.requests(request -> request.path().equals(BOT + "/sendMessage")
                && readJson(request).path("chat_id").asText().equals(chat));
    }

    private List<JsonNode> failedDeliveries() {
        ResponseEntity<JsonNode> answer = http.withBasicAuth("it-admin", ADMIN_PASSWORD)
                .getForEntity("/api/staff/outbox?status=FAILED&limit=200", JsonNode.class);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        List<JsonNode> deliveries = new ArrayList<>();
        answer.getBody().forEach(deliveries::add);
        return deliveries;
    }

    private double failedCount() {
        var counter = meters.find("supportdesk.outbox.failed").tag("channel", "TELEGRAM").counter();
        return counter == null ? 0 : counter.count();
    }

    private ResponseEntity<String> post(String update, String secret) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (secret != null) {
            headers.set(TelegramWebhookController.SECRET_HEADER, secret);
        }
        return http.exchange("/webhooks/telegram", HttpMethod.POST, new HttpEntity<>(update, headers), String.class);
    }

    private static String textUpdate(String updateId, String chat, String text) {
        return """
                {"update_id": %s,
                 "message": {"message_id": 7, "date": 1732450000,
                   "from": {"id": %s, "is_bot": false, "first_name": "Ivan", "last_name": "Petrov",
                            "username": "ivanp", "language_code": "ru"},
                   "chat": {"id": %s, "first_name": "Ivan", "last_name": "Petrov", "username": "ivanp",
                            "type": "private"},
                   "text": %s}}
                """.formatted(updateId, chat, chat, quoted(text));
    }

    private static String quoted(String text) {
        try {
            return new ObjectMapper().writeValueAsString(text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode readJson(FakePlatform.Request request) {
        try {
            return new ObjectMapper().readTree(request.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
