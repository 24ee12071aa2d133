package org.supportdesk.appeal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class AccessTokensTest {

    @Test
    void tokensCarryAtLeast128RandomBitsAndAreStoredOnlyAsHash() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String token = AccessTokens.newToken();
            assertThat(Base64.getUrlDecoder().decode(token)).hasSizeGreaterThanOrEqualTo(16);
            assertThat(seen.add(token)).isTrue();
            String hash = AccessTokens.hash(token);
            assertThat(hash).hasSize(64).doesNotContain(token);
            assertThat(AccessTokens.matches(token, hash)).isTrue();
        }
    }

    @Test
    void wrongOrMissingTokensDoNotMatch() {
        String hash = AccessTokens.hash(AccessTokens.newToken());
        assertThat(AccessTokens.matches(AccessTokens.newToken(), hash)).isFalse();
        assertThat(AccessTokens.matches("", hash)).isFalse();
        assertThat(AccessTokens.matches(null, hash)).isFalse();
    }
}
