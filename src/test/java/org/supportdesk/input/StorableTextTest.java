package org.supportdesk.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StorableTextTest {

    @Test
    void nulAndLoneSurrogatesCannotBeStored() {
        assertThat(StorableText.storable("plain text, кириллица, emoji \uD83D\uDE00")).isTrue();
        assertThat(StorableText.storable(null)).isTrue();
        assertThat(StorableText.storable("a\u0000b")).isFalse();
        assertThat(StorableText.storable("a\uD800b")).isFalse();
        assertThat(StorableText.storable("\uDC00")).isFalse();
        assertThat(StorableText.storable("end\uD83D")).isFalse();
    }

    @Test
    void cleaningDropsNulAndReplacesLoneSurrogatesKeepingPairs() {
        assertThat(StorableText.clean("Data\u0000base \uD800down \uD83D\uDE00")).isEqualTo("Database \uFFFDdown \uD83D\uDE00");
        assertThat(StorableText.clean("\u0000")).isEmpty();
        assertThat(StorableText.clean(null)).isNull();
        String untouched = "nothing to clean";
        assertThat(StorableText.clean(untouched)).isSameAs(untouched);
    }

    @Test
    void cuttingNeverSplitsASurrogatePair() {
        assertThat(StorableText.cleanAndCut("ab\uD83D\uDE00cd", 3)).isEqualTo("ab");
        assertThat(StorableText.cleanAndCut("ab\u0000cdef", 4)).isEqualTo("abcd");
        assertThat(StorableText.cleanAndCut("short", 200)).isEqualTo("short");
    }
}
