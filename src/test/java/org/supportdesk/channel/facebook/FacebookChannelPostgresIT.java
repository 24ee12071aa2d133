package org.supportdesk.channel.facebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
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
 * Messenger end to end: webhook deliveries as the Messenger Platform documents them, signed with
 * the app secret; replies through a local fake of the Send API.
 */
class FacebookChannelPostgresIT extends ChannelScenarioSupport {

    private static final String PAGE = "104857600123456";

    @BeforeAll
    static void sendApi() {
        PLATFORM.on("/v21.0/me/messages", request -> {
            String psid = readJson(request.body()).path("recipient").path("id").asText();
            return FakePlatform.Response.json(200, "{\"recipient_id\":\"" + psid + "\",\"message_id\":\"m_sent-"
                    + System.nanoTime() + "\"}");
        });
        PLATFORM.on("/fb-cdn/error-screen.png", request -> FakePlatform.Response.bytes(PNG));
    }

    @Test
    void subscriptionIsVerifiedOnlyWithTheVerifyToken() {
        ResponseEntity<String> verified = http.getForEntity(
                "/webhooks/facebook?hub.mode=subscribe&hub.verify_token={t}&hub.challenge=1158201444", String.class,
                FACEBOOK_VERIFY_TOKEN);
        assertThat(verified.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(verified.getBody()).isEqualTo("1158201444");

        ResponseEntity<String> refused = http.getForEntity(
                "/webhooks/facebook?hub.mode=subscribe&hub.verify_token=guess&hub.challenge=1158201444", String.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refused.getBody()).doesNotContain("1158201444");
    }

    @Test
    void anUnsignedOrWronglySignedDeliveryIsRefusedAndNothingIsStored() {
        String psid = randomId();
        String mid = "m_" + randomId();
        String delivery = delivery(messaging(psid, mid, "Database is not reachable"));

        assertThat(post(delivery, null).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(post(delivery, FacebookSignature.of("another-secret", bytes(delivery))).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        // signed, then altered: the signature covers the raw bytes
        String signature = FacebookSignature.of(FACEBOOK_APP_SECRET, bytes(delivery));
        assertThat(post(delivery.replace("not reachable", "reachable"), signature).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);

        assertThat(receipts(Channel.FACEBOOK, mid)).isZero();
        assertThat(appealsFrom(Channel.FACEBOOK, psid)).isEmpty();
    }

    @Test
    void everyEventOfABatchIsTakenInAndEchoesAreSkipped() {
        String psid = randomId();
        String first = "m_" + randomId();
        String second = "m_" + randomId();
        String echo = """
                {"sender": {"id": "%s"}, "recipient": {"id": "%s"}, "timestamp": 1732450030000,
                 "message": {"mid": "m_echo-%s", "is_echo": true, "app_id": 1517776481860111, "text": "Our answer"}}
                """.formatted(PAGE, psid, randomId());
        String read = """
                {"sender": {"id": "%s"}, "recipient": {"id": "%s"}, "timestamp": 1732450040000,
                 "read": {"watermark": 1732450030000}}
                """.formatted(psid, PAGE);
        String withImage = """
                {"sender": {"id": "%s"}, "recipient": {"id": "%s"}, "timestamp": 1732450050000,
                 "message": {"mid": "%s", "attachments": [{"type": "image",
                   "payload": {"url": "%s/fb-cdn/error-screen.png?_nc_cat=1&oh=00_AfB"}}]}}
                """.formatted(psid, PAGE, second, PLATFORM.url());
        String delivery = """
                {"object": "page", "entry": [
                  {"id": "%s", "time": 1732450020000, "messaging": [%s, %s]},
                  {"id": "%s", "time": 1732450050000, "messaging": [%s, %s]}]}
                """.formatted(PAGE, messaging(psid, first, "Kubernetes nodes are NotReady"), echo, PAGE, read,
                withImage);

        assertThat(post(delivery, FacebookSignature.of(FACEBOOK_APP_SECRET, bytes(delivery))).getStatusCode())
                .isEqualTo(HttpStatus.OK);

        List<String> appeals = appealsFrom(Channel.FACEBOOK, psid);
        assertThat(appeals).hasSize(1);
        assertThat(receipts(Channel.FACEBOOK, first)).isEqualTo(1);
        assertThat(receipts(Channel.FACEBOOK, second)).isEqualTo(1);
        // files are fetched after the platform has its answer
        eventually().untilAsserted(() -> assertThat(attachmentNames(appeals.get(0)))
                .containsExactly("error-screen.png"));
        assertThat(customerMessages(appeals.get(0))).hasSize(1);
    }

    @Test
    void theSameMessageDeliveredThreeTimesAtOnceMakesOneAppeal() throws Exception {
        String psid = randomId();
        String mid = "m_" + randomId();
        String delivery = delivery(messaging(psid, mid, "Object storage returns 403"));
        String signature = FacebookSignature.of(FACEBOOK_APP_SECRET, bytes(delivery));

        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Callable<ResponseEntity<String>>> deliveries = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                deliveries.add(() -> post(delivery, signature));
            }
            for (Future<ResponseEntity<String>> answer : pool.invokeAll(deliveries)) {
                assertThat(answer.get().getStatusCode()).isEqualTo(HttpStatus.OK);
            }
        } finally {
            pool.shutdown();
        }

        assertThat(appealsFrom(Channel.FACEBOOK, psid)).hasSize(1);
        assertThat(receipts(Channel.FACEBOOK, mid)).isEqualTo(1);
    }

    @Test
    void theAcknowledgementGoesOutThroughTheSendApi() {
        String psid = randomId();
        String delivery = delivery(messaging(psid, "m_" + randomId(), "DNS zone does not resolve"));
        post(delivery, FacebookSignature.of(FACEBOOK_APP_SECRET, bytes(delivery)));
        String number = appealsFrom(Channel.FACEBOOK, psid).get(0);

        eventually().until(() -> "SENT".equals(outboxStatus(number, "ACKNOWLEDGEMENT")));

        FakePlatform.Request sent = PLATFORM.requests(request -> request.path().equals("/v21.0/me/messages")
                && readJson(request.body()).path("recipient").path("id").asText().equals(psid)).get(0);
        assertThat(sent.method()).isEqualTo("POST");
        assertThat(sent.query()).isEqualTo("access_token=" + FACEBOOK_PAGE_TOKEN);
        JsonNode body = readJson(sent.body());
        assertThat(body.path("messaging_type").asText()).isEqualTo("RESPONSE");
        assertThat(body.path("message").path("text").asText()).startsWith("[" + number + "]");
    }

    private ResponseEntity<String> post(String delivery, String signature) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (signature != null) {
            headers.set(FacebookWebhookController.SIGNATURE_HEADER, signature);
        }
        return http.postForEntity("/webhooks/facebook", new HttpEntity<>(bytes(delivery), headers), String.class);
    }

    private static String delivery(String messaging) {
        return """
                {"object": "page", "entry": [{"id": "%s", "time": 1732450000000, "messaging": [%s]}]}
                """.formatted(PAGE, messaging);
    }

    private static String messaging(String psid, String mid, String text) {
        return """
                {"sender": {"id": "%s"}, "recipient": {"id": "%s"}, "timestamp": 1732450000000,
                 "message": {"mid": "%s", "text": "%s"}}
                """.formatted(psid, PAGE, mid, text);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static JsonNode readJson(byte[] body) {
        try {
            return new ObjectMapper().readTree(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
