package org.supportdesk.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

class ChannelsOffTest {

    @Test
    void anUnconfiguredChannelAnswersNotFound() {
        assertThatThrownBy(() -> WebhookGuard.requireEnabled(false))
                .isInstanceOfSatisfying(ResponseStatusException.class,
                        e -> assertThat(e.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND));
    }

    @Test
    void secretsMustMatchExactly() {
        assertThat(WebhookGuard.sameSecret("s3cret", "s3cret")).isTrue();
        assertThat(WebhookGuard.sameSecret("s3cret", "s3cre")).isFalse();
        assertThat(WebhookGuard.sameSecret("s3cret", null)).isFalse();
        // an unset secret never matches, not even an empty header
        assertThat(WebhookGuard.sameSecret("", "")).isFalse();
        assertThat(WebhookGuard.sameSecret(null, null)).isFalse();
    }
}
