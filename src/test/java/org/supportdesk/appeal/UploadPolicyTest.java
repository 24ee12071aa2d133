package org.supportdesk.appeal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class UploadPolicyTest {

    private final UploadPolicy policy = new UploadPolicy(DataSize.ofKilobytes(1), 3);

    @Test
    void typeComesFromTheContentNotTheName() {
        assertThat(policy.check("photo.png", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0}).contentType())
                .isEqualTo("image/jpeg");
        assertThat(policy.check("report", "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)).contentType())
                .isEqualTo("application/pdf");
        assertThat(policy.check("app.log", "2026-11-24 ERROR timeout\nретрай\n".getBytes(StandardCharsets.UTF_8))
                .contentType()).isEqualTo("text/plain");
    }

    @Test
    void refusesExecutablesBinariesEmptyAndOversizedFiles() {
        assertThatThrownBy(() -> policy.check("setup.exe", new byte[] {'M', 'Z', 0, 0}))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("not an allowed type");
        assertThatThrownBy(() -> policy.check("page.txt", new byte[] {'<', 'a', 0, 1}))
                .isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> policy.check("empty.txt", new byte[0])).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> policy.check("big.log", new byte[2048])).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("larger");
    }

    @Test
    void namesLoseTheirPathAndMarkup() {
        assertThat(UploadPolicy.safeName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(UploadPolicy.safeName("C:\\Users\\x\\<script>.log")).isEqualTo("_script_.log");
        assertThat(UploadPolicy.safeName("скриншот ошибки.png")).isEqualTo("скриншот ошибки.png");
        assertThat(UploadPolicy.safeName("..")).isEqualTo("attachment");
        assertThat(UploadPolicy.servedName("SD-100001", 7, "image/png")).isEqualTo("sd-100001-7.png");
    }
}
