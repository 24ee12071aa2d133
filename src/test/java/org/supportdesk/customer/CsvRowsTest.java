package org.supportdesk.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

    @Test
    void spacesAroundAQuotedCellAndBlankRowsAreLeftOut() {
        List<List<String>> rows = CsvRows.parse("a, \"b, c\" ,d\n , ,\n\ne,f,g\n");

        assertThat(rows).containsExactly(List.of("a", "b, c", "d"), List.of("e", "f", "g"));
    }

    @Test
    void aQuoteThatIsNeverClosedIsRefusedAsAnImportError() {
        assertThatThrownBy(() -> CsvRows.parse("login,company\nromashka,\"ООО Ромашка\nfoo,bar"))
                .isInstanceOf(CustomerImportException.class);
    }
}
