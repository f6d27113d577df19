package cn.ggzy.mobileapi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.ggzy.server.domain.model.DomainException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A part the request must carry, and a body read up to its limit and no further. */
class EndpointsTest {
  @Test
  void aMissingOrBlankPartIsRefusedAtItsField() {
    Object body = new Object();
    assertSame(body, Endpoints.required(body, "key"));
    assertEquals(" x ", Endpoints.required(" x ", "key"));
    for (Object missing : Arrays.asList(null, "", " \t")) {
      DomainException e = assertThrows(DomainException.class, () -> Endpoints.required(missing, "modelTextId"));
      assertEquals("request.invalid", e.code());
      assertEquals("modelTextId", e.field());
    }
    assertNull(assertThrows(DomainException.class, () -> Endpoints.required(null, null)).field());
  }

  @Test
  void aBodyUpToItsLimitIsReadWholeALargerOneIsRefusedWithoutReadingTheRest() throws Exception {
    assertArrayEquals(new byte[] {1, 2, 3}, Endpoints.capped(new ByteArrayInputStream(new byte[] {1, 2, 3}), 3,
        "project.csv.tooMany", "file"));
    List<Integer> read = new ArrayList<>();
    InputStream endless = new InputStream() {
      @Override
      public int read() {
        read.add(1);
        return 'a';
      }
    };
    DomainException e = assertThrows(DomainException.class, () -> Endpoints.capped(endless, 3, "review.file.tooLarge",
        "file"));
    assertEquals(List.of("review.file.tooLarge", "file"), List.of(e.code(), e.field()));
    assertEquals(4, read.size(), "one byte past the limit, no more");
  }
}
