package cn.ggzy.mobileapi.reviews;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.ggzy.mobileapi.ResourceTests;
import cn.ggzy.server.application.DocumentReviews;
import cn.ggzy.server.domain.model.DomainException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A review's multipart body as a phone app or a browser sends it: fields in any order, the file read whole up to 30 MB. */
class DocumentUploadFormTest {
  private static final String BOUNDARY = "----ReviewBoundary4f9c2a";
  private static final String TYPE = "multipart/form-data; boundary=" + BOUNDARY;
  private static final byte[] DOCUMENT = "第一章 招标公告\n1. 投标人须在本市设立分公司。\n".getBytes(StandardCharsets.UTF_8);

  private static String field(String name, String value) {
    return "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
  }

  private static byte[] body(String before, String fileName, byte[] file, String after) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(before.getBytes(StandardCharsets.UTF_8));
    if (file != null) {
      out.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
          + "\"\r\nContent-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.UTF_8));
      out.write(file);
      out.write("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    out.write((after + "--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  private static DocumentUploadForm read(byte[] body) {
    return DocumentUploadForm.read(TYPE, new ByteArrayInputStream(body));
  }

  @Test
  void theProjectFieldsAndTheDocumentArriveInAnyOrder() throws IOException {
    byte[] body = body(field("projectCode", "MC-2026-G230") + field("projectName", "G230 麻城段改建工程")
        + field("employer", "麻城市交通运输局"), "招标文件.txt", DOCUMENT,
        field("agency", "湖北某招标代理有限公司") + field("estimate", " 20000000 ") + field("uploadId", "ignored")
            + field("sectionName", "一标段"));
    DocumentReviews.Upload upload = read(body).upload();
    assertEquals("MC-2026-G230", upload.projectCode());
    assertEquals("G230 麻城段改建工程", upload.projectName());
    assertEquals("一标段", upload.sectionName());
    assertEquals("麻城市交通运输局", upload.employer());
    assertEquals("湖北某招标代理有限公司", upload.agency());
    assertEquals(new BigDecimal("20000000"), upload.estimate());
    assertNull(upload.contractAmount());
    assertEquals("招标文件.txt", upload.fileName());
    assertArrayEquals(DOCUMENT, upload.content());
  }

  @Test
  void aBrowsersPathIsCutToTheFileName() throws IOException {
    assertEquals("修改稿.docx", read(body("", "C:\\\\fakepath\\\\修改稿.docx", DOCUMENT, "")).fileName());
    assertEquals("修改稿.txt", DocumentUploadForm.lastPathElement("/home/审查/修改稿.txt"));
    assertNull(DocumentUploadForm.lastPathElement(null));
  }

  @Test
  void aBadAmountNamesItsField() throws IOException {
    DomainException e = assertThrows(DomainException.class, () -> read(body(field("contractAmount", "一千万"),
        "a.txt", DOCUMENT, "")).upload());
    assertEquals("review.project.contractAmount", e.code());
    assertEquals("contractAmount", e.field());
  }

  @Test
  void aBodyWithoutTheDocumentOrNotMultipartIsRefused() throws IOException {
    DomainException none = assertThrows(DomainException.class, () -> read(body(field("projectCode", "P"), null, null,
        "")));
    assertEquals("review.file.empty", none.code());
    assertEquals("file", none.field());
    assertEquals("request.invalid", assertThrows(DomainException.class,
        () -> DocumentUploadForm.read("application/json", new ByteArrayInputStream(DOCUMENT))).code());
    DomainException twice = assertThrows(DomainException.class, () -> read(body("", "a.txt", DOCUMENT,
        "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"b.txt\"\r\n\r\nb\r\n")));
    assertEquals("request.invalid", twice.code());
    assertEquals("file", twice.field());
    byte[] cut = body("", "a.txt", DOCUMENT, "");
    assertEquals("request.invalid", assertThrows(DomainException.class,
        () -> read(Arrays.copyOf(cut, cut.length - 10))).code(), "a body that breaks off");
  }

  @Test
  void aDocumentOverThirtyMegabytesIsRefusedWithoutReadingTheRest() {
    byte[] head = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.txt\"\r\n\r\n")
        .getBytes(StandardCharsets.UTF_8);
    InputStream body = new SequenceInputStream(Collections.enumeration(List.of(new ByteArrayInputStream(head),
        ResourceTests.endless())));
    DomainException e = assertThrows(DomainException.class, () -> DocumentUploadForm.read(TYPE, body));
    assertEquals("review.file.tooLarge", e.code());
  }
}
