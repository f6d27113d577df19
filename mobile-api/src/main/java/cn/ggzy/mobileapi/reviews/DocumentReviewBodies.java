package cn.ggzy.mobileapi.reviews;

import cn.ggzy.server.application.DocumentReviews;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The bodies of the tender-document review endpoints. The answers are the port's views under names
 * no other schema of the document uses (the port's {@code Detail}, {@code Summary}, {@code Page} and
 * {@code FindingView} would take the names of other endpoints' bodies), each field described.
 */
public final class DocumentReviewBodies {
  private DocumentReviewBodies() {}

  @Schema(description = "招标文件审查申请 A tender document to review, with its project (multipart/form-data: the "
      + "text fields, then `file`)")
  public record DocumentReviewUploadRequest(
      @Schema(required = true, description = "项目编号, at most 64 characters", example = "MC-2026-G230") String projectCode,
      @Schema(required = true, description = "项目名称, at most 200 characters", example = "G230 麻城段改建工程")
      String projectName,
      @Schema(description = "标段名称", example = "一标段") String sectionName,
      @Schema(required = true, description = "招标人", example = "麻城市交通运输局") String employer,
      @Schema(description = "招标代理机构", example = "湖北某招标代理有限公司") String agency,
      @Schema(description = "估算价（元）, for the rules that weigh amounts against it (e.g. 投标保证金 ≤ 2 %)",
          example = "20000000") BigDecimal estimate,
      @Schema(description = "合同金额（元）, for the rules that weigh amounts against it", example = "18500000")
      BigDecimal contractAmount,
      @Schema(required = true, type = SchemaType.STRING, format = "binary", description = "the document: .docx, "
          + ".doc, .wps, .pdf with a text layer, or .txt (UTF-8 or GB18030), at most 30 MB; its file name is kept")
      byte[] file) {}

  @Schema(description = "报送修改稿 The corrected document (multipart/form-data: `file`)")
  public record DocumentReviewCorrectionRequest(
      @Schema(required = true, type = SchemaType.STRING, format = "binary", description = "the corrected document, "
          + "same types and limit as the first one") byte[] file) {}

  @Schema(description = "导入范本 A model text of the region (multipart/form-data: `name`, then `file`)")
  public record ReviewModelTextImportRequest(
      @Schema(required = true, description = "范本名称, 2–200 characters", example = "湖北省房屋建筑和市政工程标准施工招标文件（2024年版）")
      String name,
      @Schema(required = true, type = SchemaType.STRING, format = "binary", description = "the model text: .docx, "
          + ".doc, .wps, .pdf with a text layer, or .txt (UTF-8 or GB18030), at most 30 MB; its file name is kept")
      byte[] file) {}

  @Schema(description = "不予认定 Why a finding is dismissed")
  public record FindingDismissalRequest(
      @Schema(required = true, description = "理由, 2–500 characters", example = "已注明“或相当于”，不构成指定品牌")
      String reason) {}

  @Schema(description = "保存审查规则 The edited rule book, saved as the next version")
  public record RuleBookSaveRequest(
      @Schema(required = true, description = "the whole rule book in its file format ([id], then key = value lines); "
          + "refused (400 review.rules.invalid with the detail) when it does not parse or a rule misses its own "
          + "examples") String text,
      @Schema(required = true, description = "the version the edit started from (GET /v1/review-rules → version); "
          + "another save in between is 409 concurrentChange", example = "0") Integer editedFrom,
      @Schema(required = true, description = "修改理由, 2–500 characters", example = "新增农民工工资预储金规则")
      String note) {}

  @Schema(description = "A page of reviews, newest first")
  public record DocumentReviewPage(List<DocumentReviewSummary> items,
      @Schema(description = "reviews within reach in all") long total, int offset, int limit) {
    static DocumentReviewPage of(DocumentReviews.Page p) {
      return new DocumentReviewPage(p.items().stream().map(DocumentReviewSummary::of).toList(), p.total(), p.offset(),
          p.limit());
    }
  }

  @Schema(description = "One review in a list")
  public record DocumentReviewSummary(@Schema(example = "DR-3F9A0C21B7E45D10") String id,
      @Schema(description = "the department's tenant id", example = "421181-jtj") String department,
      @Schema(example = "麻城市交通运输局") String departmentName,
      @Schema(example = "MC-2026-G230") String projectCode,
      @Schema(example = "G230 麻城段改建工程") String projectName,
      @Schema(example = "一标段") String sectionName,
      @Schema(description = "the document as first uploaded", example = "招标文件.docx") String fileName,
      @Schema(description = "UNDER_REVIEW, AWAITING_NOTICE (every finding decided, some confirmed), CLEARED, "
          + "NOTICE_ISSUED, OVERDUE (the notice's day passed unanswered), RECTIFIED; may grow",
          example = "UNDER_REVIEW") String state,
      @Schema(description = "findings in all") int findings,
      @Schema(description = "findings not decided yet") int open,
      @Schema(description = "findings confirmed") int confirmed,
      Instant createdAt) {
    static DocumentReviewSummary of(DocumentReviews.Summary s) {
      return new DocumentReviewSummary(s.id(), s.department(), s.departmentName(), s.projectCode(), s.projectName(),
          s.sectionName(), s.fileName(), s.state(), s.findings(), s.open(), s.confirmed(), s.createdAt());
    }
  }

  @Schema(description = "A review: the project, the documents reviewed, the findings and the rectification notice")
  public record DocumentReviewDetail(@Schema(example = "DR-3F9A0C21B7E45D10") String id,
      @Schema(example = "421181-jtj") String department,
      @Schema(example = "麻城市交通运输局") String departmentName,
      @Schema(example = "MC-2026-G230") String projectCode,
      @Schema(example = "G230 麻城段改建工程") String projectName,
      @Schema(example = "一标段") String sectionName,
      @Schema(description = "招标人", example = "麻城市交通运输局") String employer,
      @Schema(description = "招标代理机构", example = "湖北某招标代理有限公司") String agency,
      @Schema(description = "估算价（元）", example = "20000000") BigDecimal estimate,
      @Schema(description = "合同金额（元）") BigDecimal contractAmount,
      @Schema(description = "as in the list: UNDER_REVIEW, AWAITING_NOTICE, CLEARED, NOTICE_ISSUED, OVERDUE, "
          + "RECTIFIED; may grow", example = "AWAITING_NOTICE") String state,
      @Schema(description = "the document as first reviewed, then each corrected version") List<DocumentReviewFile> files,
      @Schema(description = "what the rule book found in the first document, numbered from 1")
      List<DocumentReviewFinding> findings,
      @Schema(description = "整改通知, null until issued") DocumentReviewNotice rectification,
      long version) {
    static DocumentReviewDetail of(DocumentReviews.Detail d) {
      return new DocumentReviewDetail(d.id(), d.department(), d.departmentName(), d.projectCode(), d.projectName(),
          d.sectionName(), d.employer(), d.agency(), d.estimate(), d.contractAmount(), d.state(),
          d.files().stream().map(DocumentReviewFile::of).toList(),
          d.findings().stream().map(DocumentReviewFinding::of).toList(),
          d.rectification() == null ? null : DocumentReviewNotice.of(d.rectification()), d.version());
    }
  }

  @Schema(description = "A document as reviewed")
  public record DocumentReviewFile(@Schema(example = "招标文件.docx") String fileName,
      @Schema(description = "bytes") long size,
      @Schema(description = "SHA-256 of the bytes, hex") String sha256,
      int pages, int paragraphs,
      @Schema(description = "clauses the review read") int clauses,
      @Schema(description = "the rule book's version that reviewed it (0 = as shipped)") int ruleBookVersion,
      @Schema(description = "the officer's login") String by,
      Instant at) {
    static DocumentReviewFile of(DocumentReviews.FileView f) {
      return new DocumentReviewFile(f.fileName(), f.size(), f.sha256(), f.pages(), f.paragraphs(), f.clauses(),
          f.ruleBookVersion(), f.by(), f.at());
    }
  }

  @Schema(description = "审查发现 A clause a rule found, with its place, legal basis and a lawful wording")
  public record DocumentReviewFinding(@Schema(description = "the finding's number, for confirm and dismiss",
      example = "1") int number,
      @Schema(example = "1") int page,
      @Schema(example = "3") int paragraph,
      @Schema(description = "the clause's number in the document", example = "2") int clauseNumber,
      @Schema(description = "the clause as written", example = "2. 投标人须在本市设立分公司。") String clause,
      @Schema(description = "the words the rule found, as character offsets into `clause`") List<ClauseSpan> spans,
      @Schema(example = "region.local-entity") String ruleId,
      int ruleVersion,
      @Schema(description = "region, performance, award, qualification, scale, ownership, brand, registration, bond, "
          + "other; may grow", example = "region") String category,
      @Schema(description = "HIGH (unlawful as written), MEDIUM (unless the project justifies it), LOW",
          example = "HIGH") String severity,
      @Schema(example = "要求在本地注册或设立分支机构") String title,
      @Schema(example = "Requires local registration or a local branch") String titleEn,
      @Schema(description = "法律依据", example = "招标投标法第六条；招标投标法实施条例第三十二条第二款第（二）（三）项")
      String basis,
      String basisEn,
      @Schema(description = "修改建议", example = "删除对注册地、分支机构的要求") String suggestion,
      String suggestionEn,
      @Schema(description = "what a numeric check measured, else empty", example = "500000 元 > 400000 元 (2% estimate)")
      String measured,
      @Schema(description = "OPEN, CONFIRMED or DISMISSED", example = "OPEN") String state,
      String decidedBy, Instant decidedAt,
      @Schema(description = "why it was dismissed") String reason) {
    static DocumentReviewFinding of(DocumentReviews.FindingView f) {
      return new DocumentReviewFinding(f.number(), f.page(), f.paragraph(), f.clauseNumber(), f.clause(),
          f.spans().stream().map(s -> new ClauseSpan(s.start(), s.end())).toList(), f.ruleId(), f.ruleVersion(),
          f.category(), f.severity(), f.title(), f.titleEn(), f.basis(), f.basisEn(), f.suggestion(),
          f.suggestionEn(), f.measured(), f.state(), f.decidedBy(), f.decidedAt(), f.reason());
    }
  }

  @Schema(description = "Where found words are in a clause: characters [start, end)")
  public record ClauseSpan(@Schema(example = "7") int start, @Schema(example = "15") int end) {}

  @Schema(description = "整改通知 The rectification notice to the employer and agency")
  public record DocumentReviewNotice(@Schema(example = "审查整改〔2026〕3F9A0C21号") String noticeNumber,
      @Schema(description = "主送", example = "麻城市交通运输局、湖北某招标代理有限公司") String addressees,
      String issuedBy, Instant issuedAt,
      @Schema(description = "整改期限: the last working day for the corrected document", example = "2026-12-21")
      LocalDate dueDate,
      @Schema(description = "a corrected document no longer has the confirmed findings") boolean rectified,
      @Schema(description = "the due date passed without a rectified document") boolean overdue,
      Instant answeredAt,
      @Schema(description = "rule ids of confirmed findings the latest corrected document still has",
          example = "[\"region.local-entity\"]") List<String> remaining) {
    static DocumentReviewNotice of(DocumentReviews.RectificationView n) {
      return new DocumentReviewNotice(n.noticeNumber(), n.addressees(), n.issuedBy(), n.issuedAt(), n.dueDate(),
          n.rectified(), n.overdue(), n.answeredAt(), n.remaining());
    }
  }

  @Schema(description = "条款审查规则 The region's rule book in force")
  public record ReviewRuleBook(@Schema(description = "0 = as shipped with the platform", example = "0") int version,
      @Schema(description = "the rule book in its file format") String text,
      @Schema(description = "rules in the book", example = "43") int rules,
      @Schema(description = "who saved this version (null as shipped)") String savedBy,
      Instant savedAt,
      @Schema(description = "the versions saved, newest first") List<ReviewRuleBookVersion> history) {
    static ReviewRuleBook of(DocumentReviews.RuleBookView v) {
      return new ReviewRuleBook(v.version(), v.text(), v.rules(), v.savedBy(), v.savedAt(),
          v.history().stream().map(h -> new ReviewRuleBookVersion(h.version(), h.by(), h.at(), h.note())).toList());
    }
  }

  @Schema(description = "A saved version of the rule book")
  public record ReviewRuleBookVersion(@Schema(example = "1") int version, String by, Instant at,
      @Schema(example = "新增农民工工资预储金规则") String note) {}

  @Schema(description = "范本 A model text of the region, its clauses read as a document's are")
  public record ReviewModelText(@Schema(description = "for the comparison's modelTextId", example = "MT-5B0E93C1D2A4")
      String id,
      @Schema(example = "湖北省房屋建筑和市政工程标准施工招标文件（2024年版）") String name,
      @Schema(description = "the file as imported", example = "标准施工招标文件范本.docx") String fileName,
      @Schema(description = "clauses read from it", example = "312") int clauses,
      @Schema(description = "the officer's login who imported it", example = "jgb.rules") String by,
      Instant at) {
    static ReviewModelText of(DocumentReviews.ModelTextView v) {
      return new ReviewModelText(v.id(), v.name(), v.fileName(), v.clauses(), v.by(), v.at());
    }
  }

  @Schema(description = "与范本比对 A review's latest document compared clause by clause with a model text")
  public record ReviewComparison(@Schema(example = "DR-3F9A0C21B7E45D10") String reviewId,
      @Schema(example = "MT-5B0E93C1D2A4") String modelTextId,
      @Schema(example = "湖北省房屋建筑和市政工程标准施工招标文件（2024年版）") String modelName,
      @Schema(description = "the document compared: the latest corrected version, else the first",
          example = "招标文件.docx") String fileName,
      @Schema(description = "clauses near a model clause but worded differently", example = "1") int changed,
      @Schema(description = "clauses no model clause is near (added by the employer)", example = "1") int added,
      @Schema(description = "model clauses the document does not have", example = "0") int removed,
      @Schema(description = "the document's changed and added clauses in its order, then the removed model clauses "
          + "in the model's order; a clause worded as in the model is not listed") List<ReviewDeviation> deviations) {
    static ReviewComparison of(DocumentReviews.Comparison c) {
      return new ReviewComparison(c.reviewId(), c.modelTextId(), c.modelName(), c.fileName(), c.changed(), c.added(),
          c.removed(), c.deviations().stream().map(ReviewDeviation::of).toList());
    }
  }

  @Schema(description = "偏离范本之处 A clause that deviates from the model text; places are 0 where there is no clause")
  public record ReviewDeviation(
      @Schema(description = "CHANGED (the nearest model clause, with the words removed and added), ADDED (no model "
          + "clause is near), REMOVED (a model clause the document does not have)", example = "CHANGED",
          enumeration = {"CHANGED", "ADDED", "REMOVED"}) String kind,
      @Schema(description = "the document's page, 0 for REMOVED", example = "1") int page,
      @Schema(description = "the document's paragraph, 0 for REMOVED", example = "4") int paragraph,
      @Schema(description = "the document's clause, null for REMOVED", example = "3. 投标保证金为人民币伍拾万元整。")
      String clause,
      @Schema(description = "the model's page, 0 for ADDED", example = "1") int modelPage,
      @Schema(description = "the model's paragraph, 0 for ADDED", example = "4") int modelParagraph,
      @Schema(description = "the model's clause, null for ADDED", example = "3. 投标保证金为人民币贰拾万元整。")
      String modelClause,
      @Schema(description = "share of words the two clauses have in common (Jaccard, two decimals), 0 for ADDED and "
          + "REMOVED", example = "0.75") double similarity,
      @Schema(description = "the word runs turning the model's wording into the document's: KEPT, REMOVED, ADDED; "
          + "the whole clause as one ADDED or REMOVED run for those kinds") List<ReviewWordChange> changes) {
    static ReviewDeviation of(DocumentReviews.DeviationView d) {
      return new ReviewDeviation(d.kind(), d.page(), d.paragraph(), d.clause(), d.modelPage(), d.modelParagraph(),
          d.modelClause(), d.similarity(), d.changes().stream().map(w -> new ReviewWordChange(w.op(), w.text()))
              .toList());
    }
  }

  @Schema(description = "A run of words kept, removed from the model's wording or added to it")
  public record ReviewWordChange(@Schema(enumeration = {"KEPT", "REMOVED", "ADDED"}, example = "REMOVED") String op,
      @Schema(example = "贰拾万") String text) {}
}
