package org.supportdesk.outbox;

/** Why a message for a customer was written: what its reference names, and whether a person wrote it. */
public enum DraftKind {
    ACKNOWLEDGEMENT(ReferenceKind.APPEAL, true),
    REPLY(ReferenceKind.APPEAL, false),
    QUESTION(ReferenceKind.APPEAL, false),
    REJECTION(ReferenceKind.APPEAL, true),
    HANDOVER(ReferenceKind.APPEAL, true),
    RESOLUTION(ReferenceKind.APPEAL, true),
    REMINDER(ReferenceKind.APPEAL, true),
    CLOSURE(ReferenceKind.APPEAL, true),
    /** the quote of a cost request, with its PDF */
    QUOTE(ReferenceKind.COST_REQUEST, false),
    NOTIFICATION(ReferenceKind.NOTIFICATION, false),
    NOTIFICATION_REMINDER(ReferenceKind.NOTIFICATION, false),
    NOTIFICATION_UPDATE(ReferenceKind.NOTIFICATION, false),
    NOTIFICATION_FINAL(ReferenceKind.NOTIFICATION, false);

    private final ReferenceKind reference;
    private final boolean automatic;

    DraftKind(ReferenceKind reference, boolean automatic) {
        this.reference = reference;
        this.automatic = automatic;
    }

    public ReferenceKind reference() {
        return reference;
    }

    public boolean automatic() {
        return automatic;
    }
}
