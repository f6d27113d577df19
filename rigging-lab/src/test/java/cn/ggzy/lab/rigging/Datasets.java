package cn.ggzy.lab.rigging;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Locates the published collusion data sets ({@code shared/datasets/bid-rigging} beside the repository). */
final class Datasets {
  static final List<String> FILES = List.of(
      "DB_Collusion_America_processed.csv",
      "DB_Collusion_Japan_processed.csv",
      "DB_Collusion_Switzerland_GR_and_See-Gaster_processed.csv",
      "DB_Collusion_Switzerland_Ticino_processed.csv");

  private Datasets() {}

  static Optional<Path> directory() {
    String configured = System.getProperty("rigging.datasets");
    if (configured != null) {
      return Optional.of(Path.of(configured));
    }
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      Path candidate = p.resolve("shared/datasets/bid-rigging");
      if (Files.isDirectory(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
