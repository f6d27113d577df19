package cn.ggzy.server.domain.model.review;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The rule book of the clause review, kept as data the office can edit. The file has one block per
 * rule: a line {@code [rule.id]}, then {@code key = value} lines ({@code version}, {@code category},
 * {@code severity}, {@code title}, {@code basis}, {@code suggest} as {@code 中文 | English}; any
 * number of {@code match}, {@code when}, {@code unless}, {@code check}, {@code example+},
 * {@code example-}; at most one {@code until}). {@code #} starts a comment line; a line
 * {@code @NAME = pattern} before the rules names a pattern that rules use as {@code %NAME%}. A book is refused
 * when a rule misses a field, a pattern does not compile, or a rule does not find its own positive
 * examples or finds one of its negative ones: an edit cannot silently break a rule.
 */
public final class RuleBook {
  private static final String RESOURCE = "/cn/ggzy/server/review/clause-rules.txt";
  private static final Set<String> REPEATED = Set.of("match", "when", "unless", "check", "example+", "example-");
  private final List<ClauseRule> rules;

  private RuleBook(List<ClauseRule> rules) {
    this.rules = List.copyOf(rules);
  }

  /** The rule book shipped with the platform. */
  public static RuleBook standard() {
    InputStream in = RuleBook.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("the clause rule book is missing: " + RESOURCE);
    }
    return read(in);
  }

  /** The text of the shipped rule book, as the office starts editing it. */
  public static String standardText() {
    try (InputStream in = RuleBook.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the clause rule book is missing: " + RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The rules in file order. */
  public List<ClauseRule> rules() {
    return rules;
  }

  /** The rule with this id, if the book has it. */
  public Optional<ClauseRule> rule(String id) {
    return rules.stream().filter(r -> r.id().equals(id)).findFirst();
  }

  /** Reads and checks a book in the file's format. */
  public static RuleBook read(InputStream in) {
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return parse(lines.lines().toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads and checks a book given as text. */
  public static RuleBook parse(String text) {
    return parse(text.lines().toList());
  }

  private static RuleBook parse(List<String> lines) {
    List<ClauseRule> rules = new ArrayList<>();
    Map<String, List<String>> block = null;
    String id = null;
    int startLine = 0;
    Map<String, String> macros = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("@")) {
        int is = line.indexOf(" = ");
        if (is < 0 || block != null) {
          throw new IllegalArgumentException("rule book line " + (i + 1) + ": '@NAME = pattern' goes before the rules");
        }
        macros.put("%" + line.substring(1, is).strip() + "%", expand(line.substring(is + 3).strip(), macros));
        continue;
      }
      if (line.startsWith("[") && line.endsWith("]")) {
        if (block != null) {
          rules.add(rule(id, block, startLine));
        }
        id = line.substring(1, line.length() - 1).strip();
        block = new LinkedHashMap<>();
        startLine = i + 1;
        continue;
      }
      int eq = line.indexOf(" = ");
      if (block == null || eq < 0) {
        throw new IllegalArgumentException("rule book line " + (i + 1) + " is not '[id]' or 'key = value'");
      }
      String key = line.substring(0, eq).strip();
      List<String> values = block.computeIfAbsent(key, k -> new ArrayList<>());
      if (!values.isEmpty() && !REPEATED.contains(key)) {
        throw new IllegalArgumentException("rule book line " + (i + 1) + ": " + key + " given twice in " + id);
      }
      String value = line.substring(eq + 3).strip();
      values.add(key.startsWith("example") ? value : expand(value, macros));
    }
    if (block != null) {
      rules.add(rule(id, block, startLine));
    }
    Map<String, Integer> seen = new HashMap<>();
    for (ClauseRule r : rules) {
      if (seen.put(r.id(), 1) != null) {
        throw new IllegalArgumentException("rule " + r.id() + " is in the book twice");
      }
    }
    RuleBook book = new RuleBook(rules);
    book.checkExamples();
    return book;
  }

  private static String expand(String value, Map<String, String> macros) {
    String v = value;
    for (Map.Entry<String, String> m : macros.entrySet()) {
      v = v.replace(m.getKey(), m.getValue());
    }
    return v;
  }

  private static ClauseRule rule(String id, Map<String, List<String>> b, int line) {
    try {
      return new ClauseRule(id, Integer.parseInt(one(b, "version", id)), ClauseCategory.of(one(b, "category", id)),
          Severity.of(one(b, "severity", id)), Bilingual.parse(one(b, "title", id)),
          Bilingual.parse(one(b, "basis", id)), Bilingual.parse(one(b, "suggest", id)), patterns(b, "match"),
          patterns(b, "when"), patterns(b, "unless"), patterns(b, "until").stream().findFirst(),
          b.getOrDefault("check", List.of()).stream().map(NumericCheck::parse).toList(),
          b.getOrDefault("example+", List.of()), b.getOrDefault("example-", List.of()));
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException("rule " + id + " (line " + line + "): " + e.getDescription()
          + " in " + e.getPattern(), e);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("rule " + id + " (line " + line + "): " + e.getMessage(), e);
    }
  }

  private static String one(Map<String, List<String>> b, String key, String id) {
    List<String> v = b.get(key);
    if (v == null || v.isEmpty() || v.get(0).isBlank()) {
      throw new IllegalArgumentException("rule " + id + " has no " + key);
    }
    return v.get(0);
  }

  private static List<Pattern> patterns(Map<String, List<String>> b, String key) {
    return b.getOrDefault(key, List.of()).stream().map(Pattern::compile).toList();
  }

  private void checkExamples() {
    List<String> faults = new ArrayList<>();
    for (ClauseRule r : rules) {
      if (r.positives().isEmpty() || r.negatives().isEmpty()) {
        faults.add("规则 " + r.id() + " 至少需要一个正例和一个反例 · rule " + r.id() + " needs at least one example+ and one example-");
      }
      for (String p : r.positives()) {
        if (r.findIn(new Clause(1, 1, 1, 0, p), examplesFacts()).isEmpty()) {
          faults.add("规则 " + r.id() + " 未命中它的正例 · rule " + r.id() + " does not find its example+: " + p);
        }
      }
      for (String n : r.negatives()) {
        if (r.findIn(new Clause(1, 1, 1, 0, n), examplesFacts()).isPresent()) {
          faults.add("规则 " + r.id() + " 命中了它的反例 · rule " + r.id() + " finds its example-: " + n);
        }
      }
    }
    if (!faults.isEmpty()) {
      throw new IllegalArgumentException(String.join("\n", faults));
    }
  }

  /**
   * The project the examples are read against: an estimate of 10 million yuan and a contract of 10
   * million, so that examples of checks against the project can be written ("保证金30万元" is 3 %).
   */
  public static ProjectFacts examplesFacts() {
    return ProjectFacts.of(new BigDecimal("10000000"), new BigDecimal("10000000"));
  }
}
