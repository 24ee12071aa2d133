package org.supportdesk.appeal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;

import org.junit.jupiter.api.Test;

class StaffTimeTest {

    @Test
    void isMoscowByDefault() {
        assertThat(new StaffTime(StaffTime.DEFAULT_ZONE).zone().getId()).isEqualTo("Europe/Moscow");
    }

    @Test
    void followsTheDeploymentsZone() {
        assertThat(new StaffTime("Asia/Yekaterinburg").zone().getId()).isEqualTo("Asia/Yekaterinburg");
    }

    @Test
    void refusesAnUnknownZoneAtStart() {
        assertThatThrownBy(() -> new StaffTime("Mars/Olympus")).isInstanceOf(DateTimeException.class);
    }
}
