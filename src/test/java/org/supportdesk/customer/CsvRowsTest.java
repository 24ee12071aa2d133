package org.supportdesk.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class CsvRowsTest {

    @Test
    void readsQuotedCellsWithSeparatorsQuotesAndLineBreaks() {
        List<List<String>> rows = CsvRows.parse("a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\n\n1,,3");

        assertThat(rows).containsExactly(List.of("a", "b", "c"), List.of("x, y", "say \"hi\"", "two\nlines"),
                List.of("1", "", "3"));
    }

    @Test
    void takesSemicolonsWhenTheHeaderUsesThemAndIgnoresAByteOrderMark() {
        List<List<String>> rows = CsvRows.parse("\uFEFFlogin;company\nromashka;ООО, «Ромашка»");

        assertThat(rows).containsExactly(List.of("login", "company"), List.of("romashka", "ООО, «Ромашка»"));
    }
}
