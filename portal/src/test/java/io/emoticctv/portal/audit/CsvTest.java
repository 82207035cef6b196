package io.emoticctv.portal.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

  @Test
  void cellsAreQuotedWhenNeededAndFormulasDefused() {
    assertThat(Csv.line(List.of("a", "b c", ""))).isEqualTo("a,b c,\r\n");
    assertThat(Csv.line(List.of("x,y", "say \"hi\"", "two\nlines"))).isEqualTo("\"x,y\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n");
    assertThat(Csv.line(List.of("=HYPERLINK(\"evil\")", "+1", "@SUM(A1)"))).startsWith("\"'=HYPERLINK(").contains(",'+1,'@SUM(A1)");
  }
}
