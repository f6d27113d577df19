package cn.ggzy.server.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.ggzy.server.domain.model.DomainException;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTextTest {
  @Test
  void quotedCellsHoldCommasDoubledQuotesAndLineBreaks() {
    List<List<String>> records = CsvText.records(
        "\uFEFFcode,name\r\nA1,\"麻城, \"\"东区\"\" 项目\"\nA2,\"两\r\n行\"\n", "x.malformed");

    assertEquals(List.of(
        List.of("code", "name"),
        List.of("A1", "麻城, \"东区\" 项目"),
        List.of("A2", "两\r\n行")), records);
  }

  @Test
  void aBlankLineIsARecordOfOneEmptyCellSoLinesCanBeCounted() {
    assertEquals(List.of(List.of("a"), List.of(""), List.of("b")), CsvText.records("a\n\nb", "x.malformed"));
  }

  @Test
  void nothingIsNoRecords() {
    assertEquals(List.of(), CsvText.records(null, "x.malformed"));
    assertEquals(List.of(), CsvText.records("\uFEFF", "x.malformed"));
  }

  @Test
  void textThatIsNotCsvIsTheCallersErrorOnTheFile() {
    DomainException afterQuote = assertThrows(DomainException.class,
        () -> CsvText.records("a,b\n\"x\"y,z\n", "rigging.import.malformed"));
    DomainException leftOpen = assertThrows(DomainException.class,
        () -> CsvText.records("a,b\n\"x,z\n", "rigging.import.malformed"));

    assertEquals("rigging.import.malformed", afterQuote.code());
    assertEquals("file", afterQuote.field());
    assertEquals("rigging.import.malformed", leftOpen.code());
  }
}
