package org.supportdesk.channel.vk;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The community's Callback API server: the access token for messages.send, the secret key VK puts
 * in every event, the confirmation string the server must answer with, and the API address.
 * {@code groupId}, when set, also pins the community the events must come from.
 */
@ConfigurationProperties("supportdesk.channels.vk")
record VkSettings(String token, String secret, String confirmation, String apiUrl, String apiVersion, Long groupId) {

    boolean enabled() {
        return present(token) && present(secret) && present(confirmation);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
