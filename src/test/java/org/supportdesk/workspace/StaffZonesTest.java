package org.supportdesk.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.mockito.ArgumentMatchers.anyString;

import java.time.ZoneId;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.supportdesk.appeal.InvalidRequestException;
import org.supportdesk.appeal.StaffTime;
import org.supportdesk.workspace.process.StaffUsers;

class StaffZonesTest {

    private final IdentityService identity = mock(IdentityService.class);
    private final StaffZones zones = new StaffZones(new StaffUsers(identity), new StaffTime("Europe/Moscow"));

    @Test
    void theDesksZoneUnlessTheUserChoseOne() {
        when(identity.getUserInfo("engineer", StaffZones.USER_INFO_KEY)).thenReturn("Asia/Novosibirsk");
        assertThat(zones.zoneOf("engineer")).isEqualTo(ZoneId.of("Asia/Novosibirsk"));
        assertThat(zones.zoneOf("agent")).isEqualTo(ZoneId.of("Europe/Moscow"));
    }

    @Test
    void aStoredZoneThisJavaNoLongerKnowsFallsBackToTheDesks() {
        when(identity.getUserInfo("engineer", StaffZones.USER_INFO_KEY)).thenReturn("Mars/Olympus_Mons");
        assertThat(zones.chosen("engineer")).isEmpty();
        assertThat(zones.zoneOf("engineer")).isEqualTo(ZoneId.of("Europe/Moscow"));
    }

    @Test
    void choosesRegionIdsOnlyAndBlankGoesBackToTheDesks() {
        zones.choose("engineer", " Asia/Novosibirsk ");
        verify(identity).setUserInfo("engineer", StaffZones.USER_INFO_KEY, "Asia/Novosibirsk");
        zones.choose("engineer", "");
        verify(identity).deleteUserInfo("engineer", StaffZones.USER_INFO_KEY);

        for (String bad : new String[] {"+07:00", "GMT+7", "UTC+07:00", "asia/novosibirsk", "Mars/Olympus_Mons"}) {
            assertThatThrownBy(() -> zones.choose("agent", bad)).as(bad).isInstanceOf(InvalidRequestException.class);
        }
        verify(identity, never()).setUserInfo(org.mockito.ArgumentMatchers.eq("agent"), anyString(), anyString());
    }
}
