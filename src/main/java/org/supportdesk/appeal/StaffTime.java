package org.supportdesk.appeal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Times as staff read them: in the desk's staff time zone ({@code supportdesk.staff.time-zone}, Moscow
 * unless the deployment says otherwise), always with the zone, so nobody takes them for their own
 * computer's time. The workspace in Tasklist gets the same zone and writes its times in it.
 */
@Component
public class StaffTime {

    public static final String DEFAULT_ZONE = "Europe/Moscow";

    private final ZoneId zone;
    private final DateTimeFormatter format;

    public StaffTime(@Value("${supportdesk.staff.time-zone:" + DEFAULT_ZONE + "}") String zone) {
        this.zone = ZoneId.of(zone);
        // 'z' writes the zone's common abbreviation (MSK, UTC, CET) or its offset when it has none
        this.format = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", Locale.ENGLISH).withZone(this.zone);
    }

    public ZoneId zone() {
        return zone;
    }

    /** E.g. "2026-12-01 14:30 MSK"; empty for no time. */
    public String format(Instant instant) {
        return instant == null ? "" : format.format(instant);
    }
}
