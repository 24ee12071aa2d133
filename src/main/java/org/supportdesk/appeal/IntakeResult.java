package org.supportdesk.appeal;

/** The registered appeal and the access token, which exists in clear only in this answer. */
public record IntakeResult(Appeal appeal, String accessToken) {
}
