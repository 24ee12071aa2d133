package org.supportdesk.appeal;

import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The desk's staff time zone ({@code supportdesk.staff.time-zone}, Moscow unless the deployment says
 * otherwise): staff who chose no zone of their own read times in it (workspace.StaffZones).
 */
@Component
public class StaffTime {

    public static final String DEFAULT_ZONE = "Europe/Moscow";

    private final ZoneId zone;

    public StaffTime(@Value("${supportdesk.staff.time-zone:" + DEFAULT_ZONE + "}") String zone) {
        this.zone = ZoneId.of(zone);
    }

    public ZoneId zone() {
        return zone;
    }
}
