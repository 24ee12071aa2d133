package org.supportdesk.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.supportdesk.vocabulary.Channel;
import org.supportdesk.vocabulary.Language;

@JdbcTest
@Import({Outbox.class, OutboxTest.FixedClock.class})
class OutboxTest {

    @TestConfiguration
    static class FixedClock {
        @Bean
        Clock clock() {
            return Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);
        }
    }

    @Autowired
    Outbox outbox;
    @Autowired
    JdbcClient jdbc;

    @Test
    void queuesEachDraftWithItsKindReferenceAndADeliveryKeyOfItsOwn() {
        outbox.enqueueAll(List.of(notice("SN-1", "owner1@example.com"), notice("SN-1", "owner2@example.com")));

        List<Map<String, Object>> rows = jdbc.sql("""
                SELECT reference, kind, status, recipient, delivery_key FROM outbox_message
                WHERE reference = 'SN-1' ORDER BY id""").query().listOfRows();
        assertThat(rows).extracting(r -> r.get("KIND"), r -> r.get("STATUS"), r -> r.get("RECIPIENT"))
                .containsExactly(tuple("NOTIFICATION", "PENDING", "owner1@example.com"),
                        tuple("NOTIFICATION", "PENDING", "owner2@example.com"));
        assertThat(rows.get(0).get("DELIVERY_KEY")).isNotEqualTo(rows.get(1).get("DELIVERY_KEY"));
    }

    @Test
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void queuesOnlyInsideTheCallersTransaction() {
        assertThatThrownBy(() -> outbox.enqueue(notice("SN-2", "owner@example.com")))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM outbox_message WHERE reference = 'SN-2'").query(Long.class)
                .single()).isZero();
    }

    @Test
    void aDraftsKindNamesWhatItsReferenceIs() {
        assertThatThrownBy(() -> new Draft(DraftKind.QUOTE, Draft.Reference.notification("SN-3"), Channel.MAIL,
                "a@example.com", Language.EN, "Quote", "text"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Draft notice(String number, String address) {
        return new Draft(DraftKind.NOTIFICATION, Draft.Reference.notification(number), Channel.MAIL, address,
                Language.EN, "Failure", "Our storage in region ru-1 is failing.");
    }
}
