package org.supportdesk.channel;

import java.time.Duration;
import java.util.List;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.supportdesk.vocabulary.Channel;

/**
 * The whole application on PostgreSQL (settings as in docker-compose.yml), with every chat
 * platform's API pointed at one local fake. The database keeps earlier runs' rows: every test
 * writes from its own random chat, peer or PSID.
 */
@ActiveProfiles("postgres")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "DB_URL=jdbc:postgresql://127.0.0.1:5432/test",
        "DB_USER=postgres",
        "DB_PASSWORD=",
        "ADMIN_USER=it-admin",
        "ADMIN_PASSWORD=" + ChannelScenarioSupport.ADMIN_PASSWORD,
        "TELEGRAM_BOT_TOKEN=" + ChannelScenarioSupport.TELEGRAM_BOT_TOKEN,
        "TELEGRAM_SECRET_TOKEN=" + ChannelScenarioSupport.TELEGRAM_SECRET,
        "VK_TOKEN=vk-community-token",
        "VK_SECRET=" + ChannelScenarioSupport.VK_SECRET,
        "VK_CONFIRMATION=" + ChannelScenarioSupport.VK_CONFIRMATION,
        "FACEBOOK_PAGE_TOKEN=" + ChannelScenarioSupport.FACEBOOK_PAGE_TOKEN,
        "FACEBOOK_VERIFY_TOKEN=" + ChannelScenarioSupport.FACEBOOK_VERIFY_TOKEN,
        "FACEBOOK_APP_SECRET=" + ChannelScenarioSupport.FACEBOOK_APP_SECRET,
        "supportdesk.outbox.poll-interval=PT0.1S",
        "supportdesk.outbox.first-retry-after=PT0.1S",
        "supportdesk.outbox.max-retry-after=PT0.2S",
        "supportdesk.outbox.max-attempts=3"})
@DirtiesContext
public abstract class ChannelScenarioSupport {

    public static final String ADMIN_PASSWORD = "Str0ng!Desk-Passphrase";
    public static final String TELEGRAM_BOT_TOKEN = "123456:test-bot-token";
    public static final String TELEGRAM_SECRET = "telegram-webhook-secret";
    public static final String VK_SECRET = "vk-callback-secret";
    public static final String VK_CONFIRMATION = "3f5c1a2b";
    public static final String FACEBOOK_PAGE_TOKEN = "page-access-token";
    public static final String FACEBOOK_VERIFY_TOKEN = "verify-me";
    public static final String FACEBOOK_APP_SECRET = "meta-app-secret";

    /** A real PNG header and IHDR chunk: enough for the upload rules' content check. */
    public static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R',
            0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1F, 0x15, (byte) 0xC4, (byte) 0x89};

    protected static final FakePlatform PLATFORM = new FakePlatform();

    @DynamicPropertySource
    static void platformAddresses(DynamicPropertyRegistry registry) {
        registry.add("TELEGRAM_API_URL", PLATFORM::url);
        registry.add("VK_API_URL", PLATFORM::url);
        registry.add("FACEBOOK_API_URL", () -> PLATFORM.url() + "/v21.0");
    }

    @Autowired
    protected TestRestTemplate http;

    @Autowired
    protected JdbcClient jdbc;

    @org.junit.jupiter.api.BeforeEach
    void settleOutboxLeftovers() {
        org.supportdesk.OutboxLeftovers.settle(jdbc);
    }

    protected static ConditionFactory eventually() {
        return Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50));
    }

    /** Numbers of the appeals written from this chat, peer, PSID or address. */
    protected List<String> appealsFrom(Channel channel, String address) {
        return jdbc.sql("SELECT appeal_number FROM appeal WHERE channel = :channel AND channel_address = :address"
                        + " ORDER BY id")
                .param("channel", channel.name()).param("address", address).query(String.class).list();
    }

    protected long receipts(Channel channel, String externalId) {
        return jdbc.sql("SELECT COUNT(*) FROM channel_receipt WHERE channel = :channel AND external_id = :id")
                .param("channel", channel.name()).param("id", externalId).query(Long.class).single();
    }

    protected List<String> customerMessages(String number) {
        return jdbc.sql("""
                SELECT m.body FROM appeal_message m JOIN appeal a ON a.id = m.appeal_id
                WHERE a.appeal_number = :number AND m.kind = 'CUSTOMER_MESSAGE' ORDER BY m.id""")
                .param("number", number).query(String.class).list();
    }

    protected List<String> attachmentNames(String number) {
        return jdbc.sql("""
                SELECT f.file_name FROM appeal_attachment f JOIN appeal a ON a.id = f.appeal_id
                WHERE a.appeal_number = :number ORDER BY f.id""")
                .param("number", number).query(String.class).list();
    }

    protected String outboxStatus(String number, String kind) {
        return jdbc.sql("""
                SELECT o.status FROM outbox_message o JOIN appeal a ON a.id = o.appeal_id
                WHERE a.appeal_number = :number AND o.kind = :kind ORDER BY o.id DESC FETCH FIRST 1 ROWS ONLY""")
                .param("number", number).param("kind", kind).query(String.class).optional().orElse(null);
    }

    protected static String randomId() {
        return Long.toString(100_000_000L + (long) (Math.random() * 800_000_000L));
    }
}
