package org.supportdesk.channel.facebook;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The Page's Messenger connection: the Page access token for the Send API, the verify token we
 * chose when subscribing the webhook, the app secret Meta signs each delivery with, and the Graph
 * API address including its version.
 */
@ConfigurationProperties("supportdesk.channels.facebook")
record FacebookSettings(String pageToken, String verifyToken, String appSecret, String apiUrl) {

    boolean enabled() {
        return present(pageToken) && present(verifyToken) && present(appSecret);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
