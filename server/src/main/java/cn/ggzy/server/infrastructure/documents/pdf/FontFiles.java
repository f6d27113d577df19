package cn.ggzy.server.infrastructure.documents.pdf;

import cn.ggzy.server.domain.model.DomainException;
import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Logger;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The CJK font, from the first of the candidate files that exists: a TrueType collection (the
 * first font in it) or a single TrueType font. The file is read once and kept in memory; each
 * document parses its own copy, so documents can be rendered in parallel.
 */
final class FontFiles {
  private static final Logger LOG = Logger.getLogger(FontFiles.class.getName());

  private final List<Path> candidates;
  private volatile byte[] bytes;

  FontFiles(List<Path> candidates) {
    this.candidates = List.copyOf(candidates);
  }

  /** A font open for one document; close it after the document is saved. */
  record OpenFont(TrueTypeFont font, Closeable source) implements Closeable {
    @Override
    public void close() throws IOException {
      source.close();
    }
  }

  OpenFont open() throws IOException {
    byte[] data = bytes();
    if (data.length > 4 && data[0] == 't' && data[1] == 't' && data[2] == 'c' && data[3] == 'f') {
      TrueTypeCollection collection = new TrueTypeCollection(new ByteArrayInputStream(data));
      TrueTypeFont[] first = new TrueTypeFont[1];
      collection.processAllFonts(font -> {
        if (first[0] == null) {
          first[0] = font;
        }
      });
      return new OpenFont(first[0], collection);
    }
    TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(data));
    return new OpenFont(font, font);
  }

  private byte[] bytes() throws IOException {
    byte[] loaded = bytes;
    if (loaded == null) {
      Path file = candidates.stream().filter(Files::isReadable).findFirst().orElseThrow(() -> {
        LOG.severe("No CJK font for PDF documents; tried " + candidates);
        return new DomainException("documents.font.missing", null);
      });
      loaded = Files.readAllBytes(file);
      bytes = loaded;
    }
    return loaded;
  }
}
