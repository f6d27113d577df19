package cn.ggzy.mobileapi.sites;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The byte ranges a browser's player asks for, in a file of 1000 bytes. */
class RecordContentTest {
  @Test
  void rangesAreServedAsAskedAndBeyondTheFileRefused() {
    assertNull(RecordContent.range(null, 1000));
    assertArrayEquals(new long[] {0, 999}, RecordContent.range("bytes=0-", 1000));
    assertArrayEquals(new long[] {100, 199}, RecordContent.range("bytes=100-199", 1000));
    assertArrayEquals(new long[] {900, 999}, RecordContent.range("bytes=900-5000", 1000));
    assertArrayEquals(new long[] {990, 999}, RecordContent.range("bytes=-10", 1000));
    assertEquals(0, RecordContent.range("bytes=1000-", 1000).length);
    assertEquals(0, RecordContent.range("bytes=200-100", 1000).length);
    assertNull(RecordContent.range("bytes=0-1,5-9", 1000), "several ranges: the whole file");
  }
}
