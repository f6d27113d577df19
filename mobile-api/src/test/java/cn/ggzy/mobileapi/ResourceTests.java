package cn.ggzy.mobileapi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.ggzy.server.application.Caller;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;

/**
 * What the resources' tests share: a caller resolved without a token, a body that never ends, and the
 * check that a body has its port view's fields under the API's own name.
 */
public final class ResourceTests {
  private ResourceTests() {}

  /** Resolves every request to {@code caller}. */
  public static CallerResolver resolving(Caller caller) {
    return new CallerResolver() {
      @Override
      public Caller caller() {
        return caller;
      }
    };
  }

  /** A body of {@code a} without end: a reader that does not stop at its limit never returns. */
  public static InputStream endless() {
    return new InputStream() {
      @Override
      public int read() {
        return 'a';
      }

      @Override
      public int read(byte[] b, int off, int len) {
        Arrays.fill(b, off, off + len, (byte) 'a');
        return len;
      }
    };
  }

  /** Each pair {port's view, body}: the same fields in the same order. */
  public static void sameFields(List<Class<?>[]> pairs) {
    for (Class<?>[] pair : pairs) {
      assertEquals(names(pair[0]), names(pair[1]), pair[1].getSimpleName());
    }
  }

  private static List<String> names(Class<?> record) {
    return Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).toList();
  }
}
