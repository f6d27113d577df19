package cn.ggzy.server.domain.model.expert;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The code list of expert specialties, kept as data ({@code specialties.txt} beside the messages:
 * one entry per line, {@code code|中文名|English name|parent code}, {@code #} starts a comment). A
 * region replaces the file with its province's current list; codes are never reused.
 */
public final class Specialties {
  private static final String RESOURCE = "/cn/ggzy/server/expert/specialties.txt";
  private static final Specialties DEFAULT = read(Specialties.class.getResourceAsStream(RESOURCE));
  private final Map<String, Specialty> byCode;

  private Specialties(Map<String, Specialty> byCode) {
    this.byCode = byCode;
  }

  /** The list shipped with the platform. */
  public static Specialties standard() {
    return DEFAULT;
  }

  /** Reads a list in the file's format; a malformed line or a repeated code is refused. */
  public static Specialties read(InputStream in) {
    if (in == null) {
      throw new IllegalStateException("the specialty list is missing: " + RESOURCE);
    }
    Map<String, Specialty> all = new LinkedHashMap<>();
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int number = 0;
      while ((line = lines.readLine()) != null) {
        number++;
        String text = line.strip();
        if (text.isEmpty() || text.startsWith("#")) {
          continue;
        }
        String[] parts = text.split("\\|", -1);
        if (parts.length != 4 || parts[0].isBlank() || parts[1].isBlank() || parts[2].isBlank()) {
          throw new IllegalArgumentException("specialty list line " + number + " is not code|中文|English|parent");
        }
        String parent = parts[3].strip();
        if (!parent.isEmpty() && !all.containsKey(parent)) {
          throw new IllegalArgumentException("specialty list line " + number + ": unknown parent " + parent);
        }
        Specialty s = new Specialty(parts[0].strip(), parts[1].strip(), parts[2].strip(), parent);
        if (all.put(s.code(), s) != null) {
          throw new IllegalArgumentException("specialty list line " + number + ": code repeated " + s.code());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Specialties(all);
  }

  public Optional<Specialty> find(String code) {
    return Optional.ofNullable(code == null ? null : byCode.get(code.strip()));
  }

  /** Whether experts can be drawn for this code: a known class that has no sub-classes. */
  public boolean drawable(String code) {
    return find(code).isPresent() && byCode.values().stream().noneMatch(s -> s.parent().equals(code.strip()));
  }

  /** Every entry, in the list's order (classes before their members). */
  public List<Specialty> all() {
    return new ArrayList<>(byCode.values());
  }
}
