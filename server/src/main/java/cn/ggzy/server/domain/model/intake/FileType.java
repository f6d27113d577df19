package cn.ggzy.server.domain.model.intake;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A kind of file the public channel accepts as evidence, as recognised from its content: the MIME
 * type, its category (image, pdf, office, audio, video) and the usual extensions.
 */
public record FileType(String mimeType, String category, List<String> extensions) {
  public static final FileType JPEG = new FileType("image/jpeg", "image", List.of("jpg", "jpeg"));
  public static final FileType PNG = new FileType("image/png", "image", List.of("png"));
  public static final FileType GIF = new FileType("image/gif", "image", List.of("gif"));
  public static final FileType WEBP = new FileType("image/webp", "image", List.of("webp"));
  public static final FileType HEIC = new FileType("image/heic", "image", List.of("heic", "heif"));
  public static final FileType AVIF = new FileType("image/avif", "image", List.of("avif"));
  public static final FileType PDF = new FileType("application/pdf", "pdf", List.of("pdf"));
  public static final FileType DOC = new FileType("application/msword", "office", List.of("doc", "wps"));
  public static final FileType XLS = new FileType("application/vnd.ms-excel", "office", List.of("xls", "et"));
  public static final FileType PPT = new FileType("application/vnd.ms-powerpoint", "office", List.of("ppt", "dps"));
  public static final FileType DOCX = new FileType(
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "office", List.of("docx"));
  public static final FileType XLSX = new FileType(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "office", List.of("xlsx"));
  public static final FileType PPTX = new FileType(
      "application/vnd.openxmlformats-officedocument.presentationml.presentation", "office", List.of("pptx"));
  public static final FileType ODT = new FileType("application/vnd.oasis.opendocument.text", "office", List.of("odt"));
  public static final FileType ODS = new FileType("application/vnd.oasis.opendocument.spreadsheet", "office",
      List.of("ods"));
  public static final FileType ODP = new FileType("application/vnd.oasis.opendocument.presentation", "office",
      List.of("odp"));
  public static final FileType MP3 = new FileType("audio/mpeg", "audio", List.of("mp3"));
  public static final FileType AAC = new FileType("audio/aac", "audio", List.of("aac"));
  public static final FileType M4A = new FileType("audio/mp4", "audio", List.of("m4a"));
  public static final FileType WAV = new FileType("audio/wav", "audio", List.of("wav"));
  public static final FileType AMR = new FileType("audio/amr", "audio", List.of("amr"));
  public static final FileType OGG = new FileType("audio/ogg", "audio", List.of("ogg", "opus"));
  public static final FileType FLAC = new FileType("audio/flac", "audio", List.of("flac"));
  public static final FileType MP4 = new FileType("video/mp4", "video", List.of("mp4", "m4v"));
  public static final FileType MOV = new FileType("video/quicktime", "video", List.of("mov"));
  public static final FileType THREE_GP = new FileType("video/3gpp", "video", List.of("3gp", "3g2"));
  public static final FileType AVI = new FileType("video/x-msvideo", "video", List.of("avi"));
  public static final FileType WEBM = new FileType("video/webm", "video", List.of("webm", "mkv"));

  /**
   * {@code fileName} with an extension of this type: kept when it already has one (any case),
   * otherwise the type's usual extension replaces the name's own ("poly.html" of a JPEG is stored
   * as "poly.jpg"), so that nobody downloads a file whose name claims another kind.
   */
  public String nameFor(String fileName) {
    int dot = fileName.lastIndexOf('.');
    String base = dot > 0 ? fileName.substring(0, dot) : fileName;
    String extension = dot > 0 ? fileName.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    return extensions.contains(extension) ? fileName : base + "." + extensions.get(0);
  }

  /** The accepted kind of {@code mimeType}, if any. */
  public static Optional<FileType> of(String mimeType) {
    return ACCEPTED.stream().filter(t -> t.mimeType().equals(mimeType)).findFirst();
  }

  /** {@code fileName} with an extension of the accepted kind {@code mimeType} (see {@link #nameFor}). */
  public static String nameFor(String fileName, String mimeType) {
    return of(mimeType).map(t -> t.nameFor(fileName)).orElse(fileName);
  }

  /** Every accepted kind, in the order the form lists them. */
  public static final List<FileType> ACCEPTED = List.of(JPEG, PNG, GIF, WEBP, HEIC, AVIF, PDF, DOC, DOCX, XLS,
      XLSX, PPT, PPTX, ODT, ODS, ODP, MP3, AAC, M4A, WAV, AMR, OGG, FLAC, MP4, MOV, THREE_GP, AVI, WEBM);
}
