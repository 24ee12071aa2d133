package org.supportdesk.workspace;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.supportdesk.appeal.InvalidRequestException;
import org.supportdesk.appeal.StaffTime;
import org.supportdesk.escalation.ReaderZones;
import org.supportdesk.workspace.process.StaffUsers;

/**
 * The time zone each staff member reads times in: their own when they chose one (an engineer in
 * Novosibirsk), else the desk's ({@link StaffTime}). Kept with the Camunda user as user info, so it
 * goes with the user and needs no table of ours.
 */
@Component
class StaffZones implements ReaderZones {

    /** The key of the user info entry that holds a staff member's zone id. */
    static final String USER_INFO_KEY = "supportdesk.timeZone";

    private final StaffUsers users;
    private final StaffTime staffTime;

    StaffZones(StaffUsers users, StaffTime staffTime) {
        this.users = users;
        this.staffTime = staffTime;
    }

    /** The zone the user chose, if any and still a zone this Java knows. */
    Optional<ZoneId> chosen(String user) {
        String stored = users.info(user, USER_INFO_KEY);
        if (stored == null || stored.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(stored));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The zone the user reads times in; staff notices are worded in it too. */
    @Override
    public ZoneId zoneOf(String user) {
        return chosen(user).orElse(staffTime.zone());
    }

    ZoneId deskZone() {
        return staffTime.zone();
    }

    /**
     * Keeps the user's own zone; blank or null goes back to the desk's.
     *
     * @throws InvalidRequestException for anything but a region id (such as Asia/Novosibirsk or UTC)
     */
    void choose(String user, String zoneId) {
        if (zoneId == null || zoneId.isBlank()) {
            users.deleteInfo(user, USER_INFO_KEY);
            return;
        }
        users.setInfo(user, USER_INFO_KEY, parse(zoneId.strip()).getId());
    }

    static ZoneId parse(String zoneId) {
        // region ids only ("Asia/Novosibirsk", "UTC"); offsets such as "+07:00" would miss summer time
        if (zoneId.length() > 64 || !ZoneId.getAvailableZoneIds().contains(zoneId)) {
            throw new InvalidRequestException("timeZone",
                    "not a known time zone id, such as Europe/Moscow or Asia/Novosibirsk");
        }
        return ZoneId.of(zoneId);
    }
}
