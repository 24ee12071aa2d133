package org.supportdesk.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.supportdesk.vocabulary.Channel;

/**
 * An agent's answer with a file reaches the customer on their chat platform: Telegram sendDocument,
 * a VK document attached to the message, a Messenger file attachment. The platforms are local fakes
 * that record what they got.
 */
class StaffFilesToChannelsPostgresIT extends ChannelScenarioSupport {

    private static final String BOT = "/bot" + TELEGRAM_BOT_TOKEN;
    private static final String RUNBOOK = "Restart the balancer, then check the health checks.\n";
    private static final String FILE_NAME = "restore-runbook.txt";

    @BeforeAll
    static void platforms() {
        PLATFORM.on(BOT + "/sendMessage", request -> FakePlatform.Response.json(200,
                "{\"ok\":true,\"result\":{\"message_id\":77}}"));
        PLATFORM.on(BOT + "/sendDocument", request -> FakePlatform.Response.json(200,
                "{\"ok\":true,\"result\":{\"message_id\":78}}"));
        PLATFORM.on("/method/messages.send", request -> FakePlatform.Response.json(200, "{\"response\":4242}"));
        PLATFORM.on("/method/docs.getMessagesUploadServer", request -> FakePlatform.Response.json(200,
                "{\"response\":{\"upload_url\":\"" + PLATFORM.url() + "/vk-upload/doc\"}}"));
        PLATFORM.on("/vk-upload/doc", request -> FakePlatform.Response.json(200, "{\"file\":\"stored-doc-1\"}"));
        PLATFORM.on("/method/docs.save", request -> FakePlatform.Response.json(200,
                "{\"response\":{\"type\":\"doc\",\"doc\":{\"id\":777,\"owner_id\":-55,\"title\":\"x\"}}}"));
        PLATFORM.on("/v21.0/me/messages", request -> FakePlatform.Response.json(200,
                "{\"recipient_id\":\"1\",\"message_id\":\"m_sent-" + System.nanoTime() + "\"}"));
    }

    @Test
    void telegramGetsTheFileWithSendDocument() {
        String chat = randomId();
        ResponseEntity<String> update = post("/webhooks/telegram", """
                {"update_id": %s, "message": {"message_id": 7, "date": 1732450000,
                  "from": {"id": %s, "is_bot": false, "first_name": "Ivan"},
                  "chat": {"id": %s, "first_name": "Ivan", "type": "private"},
                  "text": "The balancer drops requests"}}""".formatted(randomId(), chat, chat),
                "X-Telegram-Bot-Api-Secret-Token", TELEGRAM_SECRET);
        assertThat(update.getStatusCode()).isEqualTo(HttpStatus.OK);
        String number = appealsFrom(Channel.TELEGRAM, chat).get(0);

        replyWithFile(number);

        eventually().until(() -> "SENT".equals(outboxStatus(number, "REPLY")));
        FakePlatform.Request document = PLATFORM.requests(r -> r.path().equals(BOT + "/sendDocument")
                && r.bodyText().contains(chat)).get(0);
        assertThat(document.headers().get("Content-type").get(0)).startsWith("multipart/form-data");
        assertThat(document.bodyText()).contains("name=\"document\"", "filename=\"" + FILE_NAME + "\"", RUNBOOK,
                "[" + number + "]");
    }

    @Test
    void vkGetsTheFileAsADocumentOfTheSameMessage() {
        String peer = randomId();
        post("/webhooks/vk", """
                {"group_id": 1, "type": "message_new", "event_id": "e-%s", "v": "5.199", "secret": "%s",
                 "object": {"message": {"date": 1732450000, "from_id": %s, "id": 0, "out": 0,
                   "attachments": [], "conversation_message_id": 1, "peer_id": %s, "random_id": 0,
                   "text": "The balancer drops requests"}}}""".formatted(randomId(), VK_SECRET, peer, peer));
        String number = appealsFrom(Channel.VK, peer).get(0);

        replyWithFile(number);

        eventually().until(() -> "SENT".equals(outboxStatus(number, "REPLY")));
        assertThat(PLATFORM.requests(r -> r.path().equals("/method/docs.getMessagesUploadServer")
                && r.bodyText().contains("peer_id=" + peer))).hasSize(1);
        assertThat(PLATFORM.requests(r -> r.path().equals("/vk-upload/doc") && r.bodyText().contains(RUNBOOK)))
                .isNotEmpty();
        FakePlatform.Request send = PLATFORM.requests(r -> r.path().equals("/method/messages.send")
                && r.bodyText().contains("peer_id=" + peer) && r.bodyText().contains("attachment=")).get(0);
        assertThat(send.bodyText()).contains("attachment=doc-55_777");
    }

    @Test
    void messengerGetsTheFileAsAnAttachment() {
        String psid = randomId();
        String delivery = """
                {"object": "page", "entry": [{"id": "104857600123456", "time": 1732450000000, "messaging": [
                 {"sender": {"id": "%s"}, "recipient": {"id": "104857600123456"}, "timestamp": 1732450000000,
                  "message": {"mid": "m_%s", "text": "The balancer drops requests"}}]}]}""".formatted(psid, randomId());
        post("/webhooks/facebook", delivery, "X-Hub-Signature-256",
                signature(delivery));
        String number = appealsFrom(Channel.FACEBOOK, psid).get(0);

        replyWithFile(number);

        eventually().until(() -> "SENT".equals(outboxStatus(number, "REPLY")));
        FakePlatform.Request file = PLATFORM.requests(r -> r.path().equals("/v21.0/me/messages")
                && r.bodyText().contains("name=\"filedata\"") && r.bodyText().contains(psid)).get(0);
        assertThat(file.bodyText()).contains("\"attachment\":{\"type\":\"file\"", "filename=\"" + FILE_NAME + "\"",
                RUNBOOK, "RESPONSE");
        assertThat(file.query()).isEqualTo("access_token=" + FACEBOOK_PAGE_TOKEN);
    }

    private void replyWithFile(String number) {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("body", "Here is the runbook.");
        HttpHeaders fileHeaders = new HttpHeaders();
        fileHeaders.setContentType(MediaType.TEXT_PLAIN);
        form.add("attachments", new HttpEntity<>(new ByteArrayResource(RUNBOOK.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return FILE_NAME;
            }
        }, fileHeaders));
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth("it-admin", ADMIN_PASSWORD);
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        ResponseEntity<String> sent = http.postForEntity("/api/workspace/appeals/" + number + "/messages",
                new HttpEntity<>(form, headers), String.class);
        assertThat(sent.getStatusCode()).as(sent.getBody()).isEqualTo(HttpStatus.CREATED);
    }

    /** Meta's X-Hub-Signature-256: HMAC-SHA256 of the raw body with the app secret. */
    private static String signature(String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(FACEBOOK_APP_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private ResponseEntity<String> post(String path, String body, String... header) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        for (int i = 0; i + 1 < header.length; i += 2) {
            headers.set(header[i], header[i + 1]);
        }
        return http.postForEntity(path, new HttpEntity<>(body.getBytes(StandardCharsets.UTF_8), headers),
                String.class);
    }
}
