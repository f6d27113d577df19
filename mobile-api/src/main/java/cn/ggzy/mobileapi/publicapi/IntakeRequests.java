package cn.ggzy.mobileapi.publicapi;

import cn.ggzy.server.application.IntakeViews.Complainant;
import cn.ggzy.server.application.IntakeViews.ComplaintInput;
import cn.ggzy.server.application.IntakeViews.Matter;
import cn.ggzy.server.application.IntakeViews.ObjectionSubject;
import cn.ggzy.server.application.IntakeViews.PersonKind;
import cn.ggzy.server.application.IntakeViews.ProofOfWork;
import cn.ggzy.server.application.IntakeViews.ReportInput;
import cn.ggzy.server.application.IntakeViews.Reporter;
import cn.ggzy.server.domain.model.enforcement.Industry;
import cn.ggzy.server.domain.model.intake.IntakeValidationException;
import cn.ggzy.server.domain.model.intake.IntakeValidationException.Violation;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The JSON bodies of the public channel, with enums and dates as strings so that a wrong value is
 * answered with the field it is in ({@code intake.field.invalid}), not a generic parse error.
 */
public final class IntakeRequests {
  private IntakeRequests() {}

  @Schema(description = "Answer to a proof-of-work challenge")
  public record ProofRequest(@Schema(example = "v1.Xq…") String challenge, @Schema(example = "48213") String counter) {}

  @Schema(description = "投诉人. NATURAL: name + idNumber (resident ID). LEGAL: organisation + creditCode + name of "
      + "the legal representative or agent. Always phone (mainland mobile) and address.")
  public record ComplainantRequest(@Schema(enumeration = {"NATURAL", "LEGAL"}) String kind,
      @Schema(example = "张三") String name, @Schema(example = "11010519491231002X") String idNumber,
      String organisation, @Schema(example = "91350100M000100Y43") String creditCode,
      @Schema(example = "13812345678") String phone, String address) {}

  @Schema(description = "A complaint (投诉). Dates as yyyy-MM-dd. idempotencyKey may come as the Idempotency-Key "
      + "header instead.")
  public record ComplaintRequest(@Schema(example = "421181") String region, String idempotencyKey,
      ProofRequest proof, ComplainantRequest complainant, String respondent, String projectCode,
      String projectName, String section,
      @Schema(enumeration = {"HOUSING_CONSTRUCTION", "TRANSPORT", "WATER_CONSERVANCY", "AGRICULTURE", "OTHER"})
      String industry,
      @Schema(enumeration = {"BID_RIGGING", "FRAUD", "EVADING_TENDER", "EXCLUSION_OR_DISCRIMINATION",
          "UNFAIR_EVALUATION", "ILLEGAL_SUBCONTRACTING", "OFFICIAL_INTERFERENCE", "OTHER"}) String matter,
      @Schema(enumeration = {"TENDER_DOCUMENTS", "BID_OPENING", "EVALUATION_RESULT", "NONE"})
      String objectionSubject,
      @Schema(example = "2026-03-02") String objectionRaisedOn, String facts, String request,
      @Schema(example = "2026-03-01") String learnedOn, List<String> evidenceUploadIds,
      List<String> objectionProofUploadIds, boolean declaration,
      @Schema(description = "被投诉人的地址或联系方式, if known", example = "麻城市某路1号，0713-2912345")
      String respondentContact,
      @Schema(description = "授权委托书: uploads of the power of attorney when an agent complains for a unit")
      List<String> authorizationUploadIds) {}

  @Schema(description = "举报人 when not anonymous")
  public record ReporterRequest(String name, String phone, String idNumber) {}

  @Schema(description = "A report (举报); reporter is ignored when anonymous")
  public record ReportRequest(@Schema(example = "421181") String region, String idempotencyKey, ProofRequest proof,
      boolean anonymous, ReporterRequest reporter, String respondent, String projectCode, String projectName,
      String section, String industry, String matter, String facts, List<String> evidenceUploadIds) {}

  @Schema(description = "A follow-up: text and/or supplementary files (补正)")
  public record ReplyRequest(String idempotencyKey, String text, List<String> uploadIds) {}

  @Schema(description = "Start of a resumable upload; sha256 (hex) optional, checked at the end")
  public record UploadStartRequest(String uploadId, String fileName, long size, String sha256) {}

  /** Officers: the reason for seeing the identity. */
  public record RevealRequest(String reason) {}

  /** Officers: a message to the filer. */
  public record MessageRequest(String text) {}

  static ComplaintInput complaint(ComplaintRequest r, String headerKey) {
    Parser p = new Parser();
    ComplainantRequest c = r.complainant();
    Complainant complainant = c == null ? null : new Complainant(p.parse(PersonKind.class, c.kind(),
        "complainant.kind"), c.name(), c.idNumber(), c.organisation(), c.creditCode(), c.phone(), c.address());
    ComplaintInput input = new ComplaintInput(r.region(), key(r.idempotencyKey(), headerKey), proof(r.proof()),
        complainant, r.respondent(), r.projectCode(), r.projectName(), r.section(),
        p.parse(Industry.class, r.industry(), "industry"), p.parse(Matter.class, r.matter(), "matter"),
        p.parse(ObjectionSubject.class, r.objectionSubject(), "objectionSubject"),
        p.date(r.objectionRaisedOn(), "objectionRaisedOn"), r.facts(), r.request(), p.date(r.learnedOn(), "learnedOn"),
        r.evidenceUploadIds(), r.objectionProofUploadIds(), r.declaration(), r.respondentContact(),
        r.authorizationUploadIds());
    p.done();
    return input;
  }

  static ReportInput report(ReportRequest r, String headerKey) {
    Parser p = new Parser();
    ReporterRequest who = r.reporter();
    ReportInput input = new ReportInput(r.region(), key(r.idempotencyKey(), headerKey), proof(r.proof()),
        r.anonymous(), r.anonymous() || who == null ? null : new Reporter(who.name(), who.phone(), who.idNumber()),
        r.respondent(), r.projectCode(), r.projectName(), r.section(), p.parse(Industry.class, r.industry(), "industry"),
        p.parse(Matter.class, r.matter(), "matter"), r.facts(), r.evidenceUploadIds());
    p.done();
    return input;
  }

  static String key(String bodyKey, String headerKey) {
    return headerKey != null && !headerKey.isBlank() ? headerKey.strip() : bodyKey;
  }

  private static ProofOfWork proof(ProofRequest p) {
    return p == null ? null : new ProofOfWork(p.challenge(), p.counter());
  }

  /** Collects the values that cannot be read; a missing value is the use case's to judge. */
  private static final class Parser {
    private final List<Violation> violations = new ArrayList<>();

    <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
      if (value == null || value.isBlank()) {
        return null;
      }
      try {
        return Enum.valueOf(type, value.strip());
      } catch (IllegalArgumentException e) {
        violations.add(new Violation("intake.field.invalid", field));
        return null;
      }
    }

    LocalDate date(String value, String field) {
      if (value == null || value.isBlank()) {
        return null;
      }
      try {
        return LocalDate.parse(value.strip());
      } catch (DateTimeParseException e) {
        violations.add(new Violation("intake.field.invalid", field));
        return null;
      }
    }

    void done() {
      if (!violations.isEmpty()) {
        throw new IntakeValidationException(violations);
      }
    }
  }
}
