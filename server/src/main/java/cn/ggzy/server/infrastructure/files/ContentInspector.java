package cn.ggzy.server.infrastructure.files;

import cn.ggzy.server.domain.model.intake.FileType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Recognises an accepted {@link FileType} from a file's bytes (magic numbers and container
 * structure), never from its name. Fed the whole file in order through {@link #update}; the head
 * alone settles most kinds ({@link #rejectedEarly()} lets a caller stop reading a file that can
 * never be accepted); Office containers also need their directory, which a streaming reader sees
 * only at the end ({@link #result()}).
 */
public final class ContentInspector {
  static final int HEAD = 64 * 1024;
  private static final int TAIL = 64 * 1024;
  private static final byte[][] OLE_WORD = {utf16("WordDocument")};
  private static final byte[][] OLE_EXCEL = {utf16("Workbook"), utf16("Book\0")};
  private static final byte[][] OLE_POWERPOINT = {utf16("PowerPoint Document")};

  private final byte[] head = new byte[HEAD];
  private int headLength;
  private final byte[] tail = new byte[TAIL];
  private long total;
  private boolean oleWord;
  private boolean oleExcel;
  private boolean olePowerPoint;
  private final byte[] carry = new byte[64];
  private int carryLength;

  public void update(byte[] bytes, int offset, int length) {
    if (headLength < HEAD) {
      int n = Math.min(length, HEAD - headLength);
      System.arraycopy(bytes, offset, head, headLength, n);
      headLength += n;
    }
    int keep = Math.min(length, TAIL);
    int from = offset + length - keep;
    int at = (int) ((total + length - keep) % TAIL);
    int first = Math.min(keep, TAIL - at);
    System.arraycopy(bytes, from, tail, at, first);
    System.arraycopy(bytes, from + first, tail, 0, keep - first);
    if (isOle()) {
      scanOle(bytes, offset, length);
    }
    total += length;
  }

  public long size() {
    return total;
  }

  /** True once the head is complete (or the file ended) and cannot start an accepted kind. */
  public boolean rejectedEarly() {
    return headLength == HEAD && headCandidate().isEmpty();
  }

  /** The kind of the whole file, after the last byte; empty when it is not accepted. */
  public Optional<FileType> result() {
    Optional<FileType> candidate = headCandidate();
    if (candidate.isEmpty()) {
      return candidate;
    }
    if (candidate.get() == ZIP_PENDING) {
      return zipKind();
    }
    if (candidate.get() == OLE_PENDING) {
      return olePowerPoint ? Optional.of(FileType.PPT) : oleWord ? Optional.of(FileType.DOC)
          : oleExcel ? Optional.of(FileType.XLS) : Optional.empty();
    }
    return candidate;
  }

  private static final FileType ZIP_PENDING = new FileType("zip", "pending", List.of());
  private static final FileType OLE_PENDING = new FileType("ole", "pending", List.of());

  private Optional<FileType> headCandidate() {
    if (startsWith(0, 0xFF, 0xD8, 0xFF)) {
      return Optional.of(FileType.JPEG);
    }
    if (startsWith(0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
      return Optional.of(FileType.PNG);
    }
    if (ascii(0, "GIF87a") || ascii(0, "GIF89a")) {
      return Optional.of(FileType.GIF);
    }
    if (ascii(0, "%PDF-")) {
      return Optional.of(FileType.PDF);
    }
    if (ascii(0, "RIFF") && headLength >= 12) {
      return ascii(8, "WEBP") ? Optional.of(FileType.WEBP) : ascii(8, "WAVE") ? Optional.of(FileType.WAV)
          : ascii(8, "AVI ") ? Optional.of(FileType.AVI) : Optional.empty();
    }
    if (ascii(4, "ftyp") && headLength >= 12) {
      return isoBrand(new String(head, 8, 4, StandardCharsets.ISO_8859_1));
    }
    if (startsWith(0, 0x1A, 0x45, 0xDF, 0xA3)) {
      return Optional.of(FileType.WEBM);
    }
    if (ascii(0, "ID3")) {
      return Optional.of(FileType.MP3);
    }
    if (headLength >= 2 && (head[0] & 0xFF) == 0xFF) {
      int b = head[1] & 0xFF;
      if (b == 0xFB || b == 0xF3 || b == 0xF2 || b == 0xFA) {
        return Optional.of(FileType.MP3);
      }
      if (b == 0xF1 || b == 0xF9) {
        return Optional.of(FileType.AAC);
      }
    }
    if (ascii(0, "#!AMR")) {
      return Optional.of(FileType.AMR);
    }
    if (ascii(0, "OggS")) {
      return Optional.of(FileType.OGG);
    }
    if (ascii(0, "fLaC")) {
      return Optional.of(FileType.FLAC);
    }
    if (isOle()) {
      return Optional.of(OLE_PENDING);
    }
    if (startsWith(0, 'P', 'K', 3, 4)) {
      return Optional.of(ZIP_PENDING);
    }
    return Optional.empty();
  }

  private static Optional<FileType> isoBrand(String brand) {
    return switch (brand) {
      case "heic", "heix", "hevc", "hevx", "heim", "heis", "mif1", "msf1" -> Optional.of(FileType.HEIC);
      case "avif", "avis" -> Optional.of(FileType.AVIF);
      case "M4A ", "M4B " -> Optional.of(FileType.M4A);
      case "qt  " -> Optional.of(FileType.MOV);
      case "3gp4", "3gp5", "3gp6", "3gp7", "3g2a", "3g2b", "3g2c" -> Optional.of(FileType.THREE_GP);
      case "isom", "iso2", "iso4", "iso5", "iso6", "mp41", "mp42", "avc1", "M4V ", "M4VH", "M4VP", "MSNV",
          "dash", "f4v ", "mmp4" -> Optional.of(FileType.MP4);
      default -> Optional.empty();
    };
  }

  /** OOXML by its parts (word/, xl/, ppt/), ODF by its mimetype entry; any other ZIP is refused. */
  private Optional<FileType> zipKind() {
    String mimetype = new String(head, 30, Math.max(0, Math.min(headLength - 30, 80)), StandardCharsets.ISO_8859_1);
    if (mimetype.startsWith("mimetypeapplication/vnd.oasis.opendocument.text")) {
      return Optional.of(FileType.ODT);
    }
    if (mimetype.startsWith("mimetypeapplication/vnd.oasis.opendocument.spreadsheet")) {
      return Optional.of(FileType.ODS);
    }
    if (mimetype.startsWith("mimetypeapplication/vnd.oasis.opendocument.presentation")) {
      return Optional.of(FileType.ODP);
    }
    String names = zipNames(head, headLength, true) + "\n" + zipNames(tailBytes(), tailLength(), false);
    if (names.contains("\nword/document.xml")) {
      return Optional.of(FileType.DOCX);
    }
    if (names.contains("\nxl/workbook.xml")) {
      return Optional.of(FileType.XLSX);
    }
    if (names.contains("\nppt/presentation.xml")) {
      return Optional.of(FileType.PPTX);
    }
    return Optional.empty();
  }

  /** Entry names found in local headers (PK 3 4) or central directory records (PK 1 2). */
  private static String zipNames(byte[] bytes, int length, boolean local) {
    StringBuilder names = new StringBuilder();
    int nameAt = local ? 30 : 46;
    int lengthAt = local ? 26 : 28;
    byte kind = local ? (byte) 3 : (byte) 1;
    for (int i = 0; i + nameAt < length; i++) {
      if (bytes[i] == 'P' && bytes[i + 1] == 'K' && bytes[i + 2] == kind && bytes[i + 3] == kind + 1) {
        int n = (bytes[i + lengthAt] & 0xFF) | (bytes[i + lengthAt + 1] & 0xFF) << 8;
        if (n > 0 && i + nameAt + n <= length) {
          names.append('\n').append(new String(bytes, i + nameAt, n, StandardCharsets.UTF_8));
        }
      }
    }
    return names.toString();
  }

  private int tailLength() {
    return (int) Math.min(total, TAIL);
  }

  private byte[] tailBytes() {
    int n = tailLength();
    byte[] out = new byte[n];
    long start = total - n;
    for (int i = 0; i < n; i++) {
      out[i] = tail[(int) ((start + i) % TAIL)];
    }
    return out;
  }

  private boolean isOle() {
    return startsWith(0, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1);
  }

  /** Looks for the stream names of Word, Excel and PowerPoint in the compound file's directory. */
  private void scanOle(byte[] bytes, int offset, int length) {
    byte[] window = new byte[carryLength + length];
    System.arraycopy(carry, 0, window, 0, carryLength);
    System.arraycopy(bytes, offset, window, carryLength, length);
    oleWord |= containsAny(window, OLE_WORD);
    oleExcel |= containsAny(window, OLE_EXCEL);
    olePowerPoint |= containsAny(window, OLE_POWERPOINT);
    carryLength = Math.min(carry.length, window.length);
    System.arraycopy(window, window.length - carryLength, carry, 0, carryLength);
  }

  private static boolean containsAny(byte[] window, byte[][] needles) {
    for (byte[] needle : needles) {
      outer:
      for (int i = 0; i + needle.length <= window.length; i++) {
        for (int j = 0; j < needle.length; j++) {
          if (window[i + j] != needle[j]) {
            continue outer;
          }
        }
        return true;
      }
    }
    return false;
  }

  private static byte[] utf16(String s) {
    return s.getBytes(StandardCharsets.UTF_16LE);
  }

  private boolean startsWith(int at, int... bytes) {
    if (headLength < at + bytes.length) {
      return false;
    }
    for (int i = 0; i < bytes.length; i++) {
      if ((head[at + i] & 0xFF) != bytes[i]) {
        return false;
      }
    }
    return true;
  }

  private boolean ascii(int at, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
    if (headLength < at + bytes.length) {
      return false;
    }
    for (int i = 0; i < bytes.length; i++) {
      if (head[at + i] != bytes[i]) {
        return false;
      }
    }
    return true;
  }
}
