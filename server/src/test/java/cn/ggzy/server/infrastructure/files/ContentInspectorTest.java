package cn.ggzy.server.infrastructure.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.domain.model.intake.FileType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** The type comes from the bytes: names play no part (there are none here). */
class ContentInspectorTest {
  static Optional<FileType> inspect(byte[] bytes) {
    ContentInspector i = new ContentInspector();
    for (int off = 0; off < bytes.length; off += 1000) {
      i.update(bytes, off, Math.min(1000, bytes.length - off));
    }
    return i.result();
  }

  static byte[] bytes(int... values) {
    byte[] out = new byte[values.length + 100];
    for (int k = 0; k < values.length; k++) {
      out[k] = (byte) values[k];
    }
    return out;
  }

  static byte[] ascii(String head) {
    byte[] h = head.getBytes(StandardCharsets.ISO_8859_1);
    byte[] out = new byte[h.length + 100];
    System.arraycopy(h, 0, out, 0, h.length);
    return out;
  }

  static byte[] zip(String... names) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (String name : names) {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(("<xml>" + name + "</xml>").repeat(50).getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  @Test
  void imagesPdfAudioAndVideoAreRecognisedByTheirSignatures() {
    assertEquals(Optional.of(FileType.JPEG), inspect(bytes(0xFF, 0xD8, 0xFF, 0xE0)));
    assertEquals(Optional.of(FileType.PNG), inspect(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)));
    assertEquals(Optional.of(FileType.PDF), inspect(ascii("%PDF-1.7\n")));
    assertEquals(Optional.of(FileType.HEIC), inspect(ascii("\0\0\0\u0018ftypheic")));
    assertEquals(Optional.of(FileType.MP4), inspect(ascii("\0\0\0\u0020ftypisom")));
    assertEquals(Optional.of(FileType.MOV), inspect(ascii("\0\0\0\u0014ftypqt  ")));
    assertEquals(Optional.of(FileType.M4A), inspect(ascii("\0\0\0\u0020ftypM4A ")));
    assertEquals(Optional.of(FileType.WAV), inspect(ascii("RIFF\0\0\0\0WAVEfmt ")));
    assertEquals(Optional.of(FileType.AVI), inspect(ascii("RIFF\0\0\0\0AVI LIST")));
    assertEquals(Optional.of(FileType.MP3), inspect(ascii("ID3\u0004")));
    assertEquals(Optional.of(FileType.AMR), inspect(ascii("#!AMR\n")));
    assertEquals(Optional.of(FileType.WEBM), inspect(bytes(0x1A, 0x45, 0xDF, 0xA3)));
  }

  @Test
  void programsScriptsAndArchivesAreRefused() throws IOException {
    assertEquals(Optional.empty(), inspect(ascii("MZ\u0090\0\u0003\0\0\0This program cannot be run in DOS mode")));
    assertEquals(Optional.empty(), inspect(ascii("\u007fELF\u0002\u0001\u0001")));
    assertEquals(Optional.empty(), inspect(ascii("<html><script>alert(1)</script>")));
    assertEquals(Optional.empty(), inspect(ascii("<svg xmlns=\"http://www.w3.org/2000/svg\">")));
    assertEquals(Optional.empty(), inspect(zip("payload.exe", "readme.txt")), "a plain ZIP is not a document");
    assertEquals(Optional.empty(), inspect(new byte[0]));
  }

  @Test
  void officeDocumentsAreRecognisedByTheirParts() throws IOException {
    assertEquals(Optional.of(FileType.DOCX), inspect(zip("[Content_Types].xml", "_rels/.rels", "word/document.xml")));
    assertEquals(Optional.of(FileType.XLSX), inspect(zip("[Content_Types].xml", "xl/workbook.xml")));
    assertEquals(Optional.of(FileType.PPTX), inspect(zip("[Content_Types].xml", "ppt/presentation.xml")));
    byte[] ole = new byte[4096];
    byte[] sig = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    System.arraycopy(sig, 0, ole, 0, 8);
    byte[] stream = "WordDocument".getBytes(StandardCharsets.UTF_16LE);
    System.arraycopy(stream, 0, ole, 1990, stream.length);
    assertEquals(Optional.of(FileType.DOC), inspect(ole), "the stream name may straddle two updates");
    byte[] installer = new byte[4096];
    System.arraycopy(sig, 0, installer, 0, 8);
    assertEquals(Optional.empty(), inspect(installer), "a compound file without a document stream (an .msi)");
  }

  @Test
  void aLargeDocumentIsRecognisedByItsCentralDirectoryAtTheEnd() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.setLevel(0);
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      byte[] filler = new byte[300_000];
      new Random(5).nextBytes(filler);
      zip.write(filler);
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    byte[] docx = bytes.toByteArray();
    assertTrue(new String(docx, 0, ContentInspector.HEAD, StandardCharsets.ISO_8859_1).indexOf("word/") < 0,
        "the part is not named in the head");
    assertEquals(Optional.of(FileType.DOCX), inspect(docx));
  }

  @Test
  void aHeadThatCanNeverBeAcceptedIsRefusedEarly() {
    ContentInspector i = new ContentInspector();
    byte[] exe = new byte[ContentInspector.HEAD];
    exe[0] = 'M';
    exe[1] = 'Z';
    i.update(exe, 0, exe.length);
    assertTrue(i.rejectedEarly());
  }
}
