package org.supportdesk.channel.facebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class FacebookSignatureTest {

    private static final byte[] BODY = "{\"object\":\"page\",\"entry\":[]}".getBytes(StandardCharsets.UTF_8);

    @Test
    void isTheHexHmacSha256OfTheRawBody() {
        // reference value: printf '%s' '{"object":"page","entry":[]}' | openssl dgst -sha256 -hmac secret
        assertThat(FacebookSignature.of("secret", BODY))
                .isEqualTo("sha256=550e646d4869f9eaf9e56ccc2b73b528c8d3aac4a24ff137e0a26e3e45bbd075");
    }

    @Test
    void acceptsOnlyTheMatchingSignature() {
        String signature = FacebookSignature.of("secret", BODY);

        assertThat(FacebookSignature.matches("secret", BODY, signature)).isTrue();
        assertThat(FacebookSignature.matches("secret", BODY, signature.toUpperCase().replace("SHA256=", "sha256=")))
                .isTrue();
        assertThat(FacebookSignature.matches("other", BODY, signature)).isFalse();
        assertThat(FacebookSignature.matches("secret", BODY, signature.replace("sha256=", "sha1="))).isFalse();
        assertThat(FacebookSignature.matches("secret", BODY, null)).isFalse();
        assertThat(FacebookSignature.matches("secret", null, signature)).isFalse();
    }
}
