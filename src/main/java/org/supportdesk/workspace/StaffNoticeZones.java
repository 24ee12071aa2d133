package org.supportdesk.workspace;

import java.time.ZoneId;

import org.springframework.stereotype.Component;
import org.supportdesk.escalation.ReaderZones;

/** Staff notices are worded in the zone the reader chose in the workspace, else the desk's. */
@Component
class StaffNoticeZones implements ReaderZones {

    private final StaffZones zones;

    StaffNoticeZones(StaffZones zones) {
        this.zones = zones;
    }

    @Override
    public ZoneId zoneOf(String user) {
        return zones.zoneOf(user);
    }
}
