package org.supportdesk.channel.telegram;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The bot: its token (from BotFather), the secret token given to setWebhook (Telegram sends it
 * back in {@code X-Telegram-Bot-Api-Secret-Token}), and the Bot API address.
 */
@ConfigurationProperties("supportdesk.channels.telegram")
record TelegramSettings(String botToken, String secretToken, String apiUrl) {

    /** Both are needed: without the secret, anybody could post updates as Telegram. */
    boolean enabled() {
        return botToken != null && !botToken.isBlank() && secretToken != null && !secretToken.isBlank();
    }
}
