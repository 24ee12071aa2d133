package org.supportdesk.appeal;

/** Why a message was written; later features (channels, SLA) route and count by it. */
public enum MessageKind {
    /** what the customer wrote after the first message */
    CUSTOMER_MESSAGE,
    /** automatic: number and promised first-answer time */
    ACKNOWLEDGEMENT,
    /** an agent's answer */
    REPLY,
    /** an agent asks for missing login, project, details or diagnostics */
    QUESTION,
    /** out of scope: polite reason */
    REJECTION,
    /** handed to sales as a Managed Services request */
    HANDOVER,
    /** automatic: the appeal is resolved; the customer is asked to confirm */
    RESOLUTION,
    /** automatic: we still wait for the customer's answer */
    REMINDER,
    /** automatic: the appeal is closed */
    CLOSURE,
    /** staff only */
    NOTE,
    /** an automatic answer from the customer's side (out of office, delivery report); staff only */
    AUTO_REPLY
}
