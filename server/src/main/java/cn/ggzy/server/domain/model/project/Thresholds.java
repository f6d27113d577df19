package cn.ggzy.server.domain.model.project;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The amounts above which a contract must be tendered, as a calendar: each rule applies from its
 * date until the next one's ({@code thresholds.txt}: {@code from|construction|goods|services|
 * project total|source}; a project total of 0 means the rule has none). A project is judged by the
 * rule in force on its approval date.
 */
public final class Thresholds {
  private static final String RESOURCE = "/cn/ggzy/server/project/thresholds.txt";
  private static final Thresholds DEFAULT = read(Thresholds.class.getResourceAsStream(RESOURCE));
  private final List<Rule> rules;

  /** The amounts of one rule and where they come from. */
  public record Rule(LocalDate from, BigDecimal construction, BigDecimal goods, BigDecimal services,
      BigDecimal projectTotal, String source) {

    /** The threshold of a contract of this kind. */
    public BigDecimal of(ContractKind kind) {
      return switch (kind) {
        case CONSTRUCTION -> construction;
        case GOODS -> goods;
        case SERVICES -> services;
      };
    }
  }

  private Thresholds(List<Rule> rules) {
    this.rules = rules.stream().sorted(Comparator.comparing(Rule::from)).toList();
  }

  public static Thresholds standard() {
    return DEFAULT;
  }

  /** The rule in force on {@code day}; before the first rule, the first. */
  public Rule on(LocalDate day) {
    Rule found = rules.get(0);
    for (Rule r : rules) {
      if (!r.from().isAfter(day)) {
        found = r;
      }
    }
    return found;
  }

  public static Thresholds read(InputStream in) {
    if (in == null) {
      throw new IllegalStateException("the thresholds are missing: " + RESOURCE);
    }
    List<Rule> rules = new ArrayList<>();
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = lines.readLine()) != null) {
        String t = line.strip();
        if (t.isEmpty() || t.startsWith("#")) {
          continue;
        }
        String[] p = t.split("\\|", -1);
        if (p.length != 6) {
          throw new IllegalArgumentException("thresholds line is not from|construction|goods|services|total|source: " + t);
        }
        rules.add(new Rule(LocalDate.parse(p[0].strip()), new BigDecimal(p[1].strip()), new BigDecimal(p[2].strip()),
            new BigDecimal(p[3].strip()), new BigDecimal(p[4].strip()), p[5].strip()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (rules.isEmpty()) {
      throw new IllegalArgumentException("no thresholds");
    }
    return new Thresholds(rules);
  }
}
