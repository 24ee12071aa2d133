package org.supportdesk.appeal;

/** What became of an inbound message. {@code appealNumber} is null when nothing was registered. */
public record InboundOutcome(Kind kind, String appealNumber) {

    public enum Kind {
        /** a new appeal was registered */
        NEW_APPEAL,
        /** added to the customer's open appeal */
        FOLLOW_UP,
        /** the platform delivered it before; nothing changed */
        DUPLICATE,
        /** nothing to register (an automatic mail, an empty message) */
        IGNORED
    }
}
