package org.supportdesk.appeal;

/** Internal notes are never shown to the customer. */
public enum Visibility {
    CUSTOMER, INTERNAL
}
