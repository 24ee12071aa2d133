package org.supportdesk.channel;

import java.math.BigInteger;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * A platform's numeric id (chat, peer, PSID, update) as a payload record binds it: a whole number of
 * at most 20 digits, as a JSON number or a string. Anything else binds too, as an unusable id, so
 * the webhook can acknowledge a message nobody could answer instead of refusing the whole delivery.
 */
public record PlatformId(String value) {

    private static final PlatformId UNUSABLE = new PlatformId(null);

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static PlatformId of(Object raw) {
        if (raw instanceof Integer || raw instanceof Long) {
            return new PlatformId(raw.toString());
        }
        if (raw instanceof BigInteger big) {
            return big.bitLength() < 64 ? new PlatformId(big.toString()) : UNUSABLE;
        }
        if (raw instanceof String text && text.matches("-?[0-9]{1,20}")) {
            return new PlatformId(text);
        }
        return UNUSABLE;
    }

    /** Whether a reply could reach it. */
    public boolean usable() {
        return value != null;
    }

    public static boolean usable(PlatformId id) {
        return id != null && id.usable();
    }
}
