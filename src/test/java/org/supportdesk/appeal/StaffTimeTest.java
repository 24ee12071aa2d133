package org.supportdesk.appeal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class StaffTimeTest {

    private static final Instant NOON_UTC = Instant.parse("2026-12-01T12:00:00Z");

    @Test
    void writesMoscowTimeWithItsZoneByDefault() {
        StaffTime time = new StaffTime(StaffTime.DEFAULT_ZONE);

        assertThat(time.format(NOON_UTC)).isEqualTo("2026-12-01 15:00 MSK");
        assertThat(time.zone().getId()).isEqualTo("Europe/Moscow");
    }

    @Test
    void followsTheDeploymentsZone() {
        assertThat(new StaffTime("UTC").format(NOON_UTC)).isEqualTo("2026-12-01 12:00 UTC");
        assertThat(new StaffTime("Asia/Yekaterinburg").format(NOON_UTC)).startsWith("2026-12-01 17:00 ");
    }

    @Test
    void writesNothingForNoTime() {
        assertThat(new StaffTime("UTC").format(null)).isEmpty();
    }

    @Test
    void refusesAnUnknownZoneAtStart() {
        assertThatThrownBy(() -> new StaffTime("Mars/Olympus")).isInstanceOf(DateTimeException.class);
    }
}
