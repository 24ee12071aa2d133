package org.supportdesk.channel;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** A platform id binds from whatever the payload holds; only a whole number of at most 20 digits is usable. */
class PlatformIdTest {

    private final ObjectMapper json = new ObjectMapper();

    record Holder(PlatformId id) {
    }

    @Test
    void wholeNumbersAsNumbersOrTextAreUsable() throws Exception {
        assertThat(id("123456789").value()).isEqualTo("123456789");
        assertThat(id("-1001234567890").value()).isEqualTo("-1001234567890");
        assertThat(id("\"42\"").value()).isEqualTo("42");
    }

    @Test
    void anythingElseBindsAsUnusable() throws Exception {
        for (String raw : new String[] {"\"abc\"", "1.5", "1e30", "{}", "[]", "true", "1".repeat(25),
                "\"" + "1".repeat(21) + "\""}) {
            assertThat(PlatformId.usable(id(raw))).as(raw).isFalse();
        }
        assertThat(PlatformId.usable(id("null"))).isFalse();
        assertThat(PlatformId.usable(json.readValue("{}", Holder.class).id())).isFalse();
    }

    private PlatformId id(String raw) throws Exception {
        return json.readValue("{\"id\": " + raw + "}", Holder.class).id();
    }
}
