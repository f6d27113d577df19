package cn.ggzy.mobileapi.reviews;

import cn.ggzy.mobileapi.Endpoints;
import cn.ggzy.mobileapi.publicapi.MultipartReader;
import cn.ggzy.server.application.DocumentReviews;
import cn.ggzy.server.domain.model.DomainException;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * A multipart/form-data body of a review or a model text (范本): the text fields (the project's, or
 * the model text's {@code name}; in any order, before or after the file) and the document in the
 * part {@code file}, read whole but never more than the review's limit (30 MB): a larger file is
 * refused as soon as the limit is passed. Parts of other names are skipped.
 */
final class DocumentUploadForm {
  static final int MAX_FILE_BYTES = 30 * 1024 * 1024;
  static final Set<String> FIELDS = Set.of("projectCode", "projectName", "sectionName", "employer", "agency",
      "estimate", "contractAmount", "name");

  private final Map<String, String> fields = new HashMap<>();
  private String fileName;
  private byte[] content;

  private DocumentUploadForm() {}

  /** Reads the body; refused when it is no multipart body, breaks off, or has no {@code file} part. */
  static DocumentUploadForm read(String contentType, InputStream body) {
    String boundary = MultipartReader.boundary(contentType);
    if (boundary == null || body == null) {
      throw new DomainException("request.invalid", null);
    }
    MultipartReader reader = new MultipartReader(body, boundary);
    DocumentUploadForm form = new DocumentUploadForm();
    try {
      for (MultipartReader.Part part = reader.next(); part != null; part = reader.next()) {
        if ("file".equals(part.name())) {
          if (form.content != null) {
            throw new DomainException("request.invalid", "file");
          }
          form.fileName = lastPathElement(part.fileName());
          form.content = Endpoints.capped(part.content(), MAX_FILE_BYTES, "review.file.tooLarge", "file");
        } else if (FIELDS.contains(part.name())) {
          form.fields.put(part.name(), part.text());
        }
      }
    } catch (MultipartReader.HeaderTooLongException e) {
      throw new DomainException("review.file.name", "file");
    } catch (IOException e) {
      throw new DomainException("request.invalid", "file");
    }
    if (form.content == null) {
      throw new DomainException("review.file.empty", "file");
    }
    return form;
  }

  /** The document with the project's fields, as the review port takes it. */
  DocumentReviews.Upload upload() {
    return new DocumentReviews.Upload(fields.get("projectCode"), fields.get("projectName"), fields.get("sectionName"),
        fields.get("employer"), fields.get("agency"), amount("estimate"), amount("contractAmount"), fileName,
        content);
  }

  /** A text field as sent (e.g. a model text's {@code name}), or null when the body has none. */
  String field(String name) {
    return fields.get(name);
  }

  String fileName() {
    return fileName;
  }

  byte[] content() {
    return content;
  }

  private BigDecimal amount(String field) {
    String value = fields.get(field);
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return new BigDecimal(value.strip());
    } catch (NumberFormatException e) {
      throw new DomainException("review.project." + field, field);
    }
  }

  /** A browser may send a path ({@code C:\fakepath\招标文件.docx}); the name is its last element. */
  static String lastPathElement(String name) {
    if (name == null) {
      return null;
    }
    int cut = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    return name.substring(cut + 1);
  }
}
