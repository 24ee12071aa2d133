package org.supportdesk.escalation;

import java.time.ZoneId;

/**
 * The time zone a staff member reads times in (their own, else the desk's). The workspace keeps the
 * staff members' settings and answers this; escalation only asks.
 */
public interface ReaderZones {

    ZoneId zoneOf(String user);
}
