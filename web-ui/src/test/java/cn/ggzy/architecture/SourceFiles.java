package cn.ggzy.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The source files of every module, for the rules checked on the sources (the other modules' tests
 * are not on this module's class path). Paths are relative to the project root, run from the
 * module folder.
 */
final class SourceFiles {
  static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  private SourceFiles() {}

  /** The regular files below the given folders (those that exist), npm's folders left out, except {@code skip}. */
  static List<Path> under(List<String> folders, String skip) {
    if (!Files.isDirectory(ROOT.resolve("server/src"))) {
      throw new IllegalStateException("run from the module folder: " + ROOT);
    }
    return folders.stream().map(ROOT::resolve).filter(Files::isDirectory).flatMap(SourceFiles::walk)
        .filter(Files::isRegularFile).filter(f -> !f.toString().contains("node_modules"))
        .filter(f -> !f.getFileName().toString().equals(skip)).toList();
  }

  private static Stream<Path> walk(Path base) {
    try (Stream<Path> files = Files.walk(base)) {
      return files.toList().stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
