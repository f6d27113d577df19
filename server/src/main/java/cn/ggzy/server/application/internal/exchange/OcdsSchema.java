package cn.ggzy.server.application.internal.exchange;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The OCDS 1.1 release-package schema, checked with a JSON-Schema validator (draft 4, as OCDS 1.1
 * is written). By default the schema bundled with the platform; a file holding the official package
 * schema (with its release schema inlined) can replace it.
 */
final class OcdsSchema {
  static final String BUNDLED = "/cn/ggzy/server/exchange/ocds-1.1-release-package.schema.json";

  /** One violation: where in the document (a JSON pointer) and what. */
  record Violation(String pointer, String message) {}

  private final Schema schema;

  OcdsSchema(String file) {
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4);
    try (InputStream in = file == null || file.isBlank() ? OcdsSchema.class.getResourceAsStream(BUNDLED)
        : Files.newInputStream(Path.of(file))) {
      this.schema = registry.getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  List<Violation> check(String json) {
    List<Error> errors = schema.validate(json, InputFormat.JSON,
        ctx -> ctx.executionConfig(c -> c.formatAssertionsEnabled(true)));
    return errors.stream().map(e -> new Violation(pointer(e.getInstanceLocation().toString()), e.getMessage()))
        .toList();
  }

  /** {@code $.releases[0].tag[1]} → {@code /releases/0/tag/1}. */
  static String pointer(String path) {
    String p = path.startsWith("$") ? path.substring(1) : path;
    return p.replaceAll("\\[(\\d+)]", ".$1").replaceAll("\\['([^']*)']", ".$1").replace('.', '/');
  }
}
