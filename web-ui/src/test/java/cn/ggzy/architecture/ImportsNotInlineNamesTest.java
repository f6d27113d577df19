package cn.ggzy.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A type is named by its import, not spelled out in the code ({@code java.util.List<…>} inline
 * hides what a class depends on and makes lines unreadable). Allowed only where the simple name is
 * already taken in that file, listed here. Source-level, over every module.
 */
class ImportsNotInlineNamesTest {
  private static final List<String> SOURCES = List.of("tenants/src", "server/src", "rigging-lab/src",
      "mobile-api/src", "web-ui/src", "liberty-config/src");
  /** A qualified name of ours or a library's: lower-case package segments, then a type. */
  static final Pattern INLINE = Pattern.compile(
      "(?<![\\w.@\"])((?:java|javax|jakarta|cn|com|org|io|net|de|ml)\\.(?:[a-z_]\\w*\\.)+)([A-Z]\\w*)");
  /** File (simple name) and qualified type, where the simple name is taken in that file. */
  static final Set<String> ALLOWED = Set.of(
      "EmbeddedBackendTest de.bwaldvogel.mongo.bson.Decimal128", // beside org.bson's Decimal128
      "EmbeddedBackendTest de.bwaldvogel.mongo.bson.Document", // beside org.bson's Document
      "EmbeddedBackendTest de.bwaldvogel.mongo.bson.ObjectId", // beside org.bson's ObjectId
      "EvidenceUpload com.vaadin.flow.component.upload.Upload", // beside the intake's Upload
      "IntakeOfficerDesk cn.ggzy.server.domain.model.intake.Submission", // beside the view's Submission
      "NetworkPagesTest org.w3c.dom.Element"); // beside Vaadin's Element

  /** Comments and string literals blanked out, lengths kept. */
  static String code(String source) {
    StringBuilder out = new StringBuilder(source);
    int i = 0;
    int n = source.length();
    while (i < n) {
      int end;
      if (source.startsWith("//", i)) {
        end = source.indexOf('\n', i);
        end = end < 0 ? n : end;
      } else if (source.startsWith("/*", i)) {
        end = source.indexOf("*/", i + 2);
        end = end < 0 ? n : end + 2;
      } else if (source.startsWith("\"\"\"", i)) {
        end = source.indexOf("\"\"\"", i + 3);
        end = end < 0 ? n : end + 3;
      } else if (source.charAt(i) == '"' || source.charAt(i) == '\'') {
        char quote = source.charAt(i);
        end = i + 1;
        while (end < n && source.charAt(end) != quote) {
          end += source.charAt(end) == '\\' ? 2 : 1;
        }
        end = Math.min(end + 1, n);
      } else {
        i++;
        continue;
      }
      for (int k = i; k < end; k++) {
        if (out.charAt(k) != '\n') {
          out.setCharAt(k, ' ');
        }
      }
      i = end;
    }
    return out.toString().replaceAll("(?m)^(package|import) [^;]*;", "");
  }

  static Set<String> inline(String fileName, String source) {
    Set<String> found = new TreeSet<>();
    Matcher m = INLINE.matcher(code(source));
    while (m.find()) {
      found.add(fileName + " " + m.group(1) + m.group(2));
    }
    return found;
  }

  @Test
  void theRuleSeesInlineNamesAndNotImportsCommentsOrStrings() {
    assertEquals(Set.of("A java.util.List"), inline("A", "import java.util.Map;\nclass A { java.util.List<String> x; }"));
    assertEquals(Set.of(), inline("A", "/** {@link java.util.List} */ class A { String s = \"java.util.List\"; }"));
    assertEquals(Set.of("A java.util.Map"), inline("A", "class A { Object m = new java.util.Map.Entry(); }"));
  }

  @Test
  void noModuleSpellsOutATypeItCouldImport() {
    Set<String> found = new TreeSet<>();
    for (Path f : SourceFiles.under(SOURCES, getClass().getSimpleName() + ".java")) {
      if (f.toString().endsWith(".java")) {
        try {
          found.addAll(inline(f.getFileName().toString().replace(".java", ""), Files.readString(f, StandardCharsets.UTF_8)));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    Set<String> stale = new TreeSet<>(ALLOWED);
    stale.removeAll(found);
    found.removeAll(ALLOWED);
    assertEquals(Set.of(), found, "inline qualified type names (import them)");
    assertEquals(Set.of(), stale, "allowed inline names no longer used (remove them from ALLOWED)");
  }
}
