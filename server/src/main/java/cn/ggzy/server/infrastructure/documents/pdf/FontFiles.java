package cn.ggzy.server.infrastructure.documents.pdf;

import cn.ggzy.server.domain.model.DomainException;
import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Logger;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The CJK font, from the first of the candidate files that exists: a TrueType collection (the
 * first font in it) or a single TrueType font. It is read and parsed once and kept: parsing the
 * collection (cmap tables of every face) takes tens of megabytes, which each document parsing its
 * own copy multiplied until a 512 MB heap ran out under a burst of downloads. A parsed font is not
 * safe for two documents at once, so documents take it in turn ({@link #open} until
 * {@link OpenFont#close}); a notice renders in well under a second.
 */
final class FontFiles {
  private static final Logger LOG = Logger.getLogger(FontFiles.class.getName());

  private final List<Path> candidates;
  private final ReentrantLock turn = new ReentrantLock(true);
  private TrueTypeFont font;

  FontFiles(List<Path> candidates) {
    this.candidates = List.copyOf(candidates);
  }

  /** The font, held by one document until closed. */
  static final class OpenFont implements Closeable {
    private final TrueTypeFont font;
    private final ReentrantLock turn;
    private boolean closed;

    OpenFont(TrueTypeFont font, ReentrantLock turn) {
      this.font = font;
      this.turn = turn;
    }

    TrueTypeFont font() {
      return font;
    }

    @Override
    public void close() {
      if (!closed) {
        closed = true;
        turn.unlock();
      }
    }
  }

  /** The parsed font for one document; close it after the document is saved. */
  OpenFont open() throws IOException {
    turn.lock();
    try {
      if (font == null) {
        font = parse(read());
      }
      return new OpenFont(font, turn);
    } catch (IOException | RuntimeException e) {
      turn.unlock();
      throw e;
    }
  }

  private static TrueTypeFont parse(byte[] data) throws IOException {
    if (data.length > 4 && data[0] == 't' && data[1] == 't' && data[2] == 'c' && data[3] == 'f') {
      TrueTypeCollection collection = new TrueTypeCollection(new ByteArrayInputStream(data));
      TrueTypeFont[] first = new TrueTypeFont[1];
      collection.processAllFonts(f -> {
        if (first[0] == null) {
          first[0] = f;
        }
      });
      return first[0];
    }
    return new TTFParser().parse(new RandomAccessReadBuffer(data));
  }

  private byte[] read() throws IOException {
    Path file = candidates.stream().filter(Files::isReadable).findFirst().orElseThrow(() -> {
      LOG.severe("No CJK font for PDF documents; tried " + candidates);
      return new DomainException("documents.font.missing", null);
    });
    return Files.readAllBytes(file);
  }
}
