package cn.ggzy.mobileapi.experts;

import cn.ggzy.server.application.ExpertDraws.RatingInput;
import cn.ggzy.server.application.ExpertPool.Decision;
import cn.ggzy.server.application.ExpertPool.DisqualificationInput;
import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.expert.DrawRequest;
import cn.ggzy.server.domain.model.expert.ExpertApplication;
import cn.ggzy.server.domain.model.expert.ExpertApplication.CertificateInput;
import cn.ggzy.server.domain.model.expert.SpecialtyQuota;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The request bodies of the expert endpoints and their reading into the use cases' inputs. */
public final class ExpertBodies {
  private ExpertBodies() {}

  @Schema(description = "评标专家入库申请 An application to enter the region's pool of evaluation experts")
  public record ApplicationRequest(
      @Schema(required = true, description = "地区代码 Region code", example = "421181") String region,
      @Schema(required = true, example = "张伟") String name,
      @Schema(required = true, description = "居民身份证号码, stored encrypted, shown masked", example = "42118119700101010X")
      String residentId,
      @Schema(required = true, example = "13800001234") String phone,
      @Schema(required = true, description = "工作单位", example = "湖北某设计研究院") String employer,
      @Schema(required = true, description = "职称", example = "高级工程师") String title,
      @Schema(required = true, description = "评标专业代码 (GET /v1/public/experts/specialties, drawable ones), 1–3",
          example = "[\"A0301\"]") List<String> specialties,
      @Schema(required = true, description = "职称或执业资格证书, at least one") List<CertificateRequest> certificates,
      @Schema(description = "申报的利害关系单位: former employers, relatives' employers, units of economic interest")
      List<String> conflicts,
      @Schema(description = "同意参加远程异地评标 (drawn for other regions)") boolean shareConsent,
      @Schema(required = true, description = "承诺所填信息真实 (must be true)") boolean declaration) {
    ExpertApplication toApplication() {
      return new ExpertApplication(name, residentId, phone, employer, title, specialties,
          certificates == null ? List.of() : certificates.stream().map(c -> c == null ? null
              : new CertificateInput(c.name(), c.number(), c.validUntil())).toList(),
          conflicts, shareConsent, declaration);
    }
  }

  @Schema(description = "A certificate")
  public record CertificateRequest(@Schema(required = true, example = "一级注册建造师") String name,
      @Schema(required = true, example = "鄂142000001") String number,
      @Schema(description = "有效期至 yyyy-MM-dd; empty: no expiry", example = "2028-06-30") String validUntil) {}

  @Schema(description = "专家库决定 A decision of the office on an expert")
  public record ExpertDecisionRequest(
      @Schema(required = true, enumeration = {"APPROVE", "REJECT", "SUSPEND", "REINSTATE", "REVIEW", "EXIT"})
      String kind,
      @Schema(required = true, description = "the expert's version as read") long version,
      @Schema(description = "暂停至 yyyy-MM-dd (SUSPEND only)", example = "2027-03-31") String until,
      @Schema(description = "理由 (required for REJECT, SUSPEND, EXIT)", example = "年度考核不合格") String reason) {
    Decision toDecision() {
      Decision.Kind k;
      try {
        k = Decision.Kind.valueOf(kind == null ? "" : kind.strip());
      } catch (IllegalArgumentException e) {
        throw new DomainException("expert.decision.kind", "kind");
      }
      LocalDate day = null;
      if (until != null && !until.isBlank()) {
        try {
          day = LocalDate.parse(until.strip());
        } catch (DateTimeParseException e) {
          throw new DomainException("expert.decision.until", "until");
        }
      }
      return new Decision(k, day, reason);
    }
  }

  @Schema(description = "One specialty and how many experts of it")
  public record QuotaRequest(@Schema(required = true, example = "A0301") String specialty,
      @Schema(required = true, example = "4") int count) {}

  @Schema(description = "抽取评标专家申请 A request for experts for one tender section")
  public record DrawRequestBody(
      @Schema(example = "G230 麻城段改建工程") String projectName,
      @Schema(required = true, example = "G230-01") String sectionCode,
      @Schema(required = true, example = "G230 麻城段改建工程一标段") String sectionName,
      @Schema(required = true, description = "招标人", example = "麻城市交通建设投资有限公司") String tenderer,
      @Schema(description = "招标代理机构", example = "湖北某招标代理有限公司") String agency,
      @Schema(description = "投标人 (their staff are recused)") List<String> bidders,
      @Schema(required = true) List<QuotaRequest> quotas,
      @Schema(description = "招标人代表人数 on the committee", example = "0") int tendererRepresentatives,
      @Schema(required = true, description = "评标开始时间, ISO 8601 with offset", example = "2026-12-10T09:00:00+08:00")
      String evaluationStart,
      @Schema(description = "评标地点 (required unless remote)", example = "麻城市公共资源交易中心") String place,
      @Schema(description = "远程异地评标: also draws consenting experts of other regions") boolean remote,
      @Schema(description = "months within which an expert does not serve the same tenderer again (0–36)", example = "6")
      int recentMonths) {
    DrawRequest toRequest() {
      Instant start;
      try {
        start = evaluationStart == null ? null : OffsetDateTime.parse(evaluationStart.strip()).toInstant();
      } catch (DateTimeParseException e) {
        throw new DomainException("expert.request.start", "evaluationStart");
      }
      return new DrawRequest(projectName, sectionCode, sectionName, tenderer, agency, bidders,
          quotas == null ? List.of() : quotas.stream().filter(q -> q != null)
              .map(q -> new SpecialtyQuota(q.specialty(), q.count())).toList(),
          tendererRepresentatives, start, place, remote, recentMonths);
    }
  }

  @Schema(description = "抽取 The witness (监督人) and the value the witness entered")
  public record DrawAction(@Schema(required = true) long version,
      @Schema(required = true, example = "纪检组 李某") String witnessName,
      @Schema(required = true, example = "20261210-4471") String witnessValue) {}

  @Schema(description = "取消抽取 Cancel a draw")
  public record CancelAction(@Schema(required = true) long version,
      @Schema(required = true, example = "标段终止招标") String reason) {}

  @Schema(description = "一标一评 The rating of one expert of the panel, each item 1–5")
  public record RatingRequest(@Schema(required = true, description = "the expert's pool id") String expertId,
      @Schema(required = true, description = "守时 punctuality", minimum = "1", maximum = "5") int punctuality,
      @Schema(required = true, description = "独立评审 independence", minimum = "1", maximum = "5") int independence,
      @Schema(required = true, description = "专业判断 professional judgement", minimum = "1", maximum = "5") int judgement,
      @Schema(required = true, description = "遵守纪律 discipline", minimum = "1", maximum = "5") int discipline,
      @Schema(description = "说明 (required when an item is 2 or less)", example = "评标过程中接打私人电话") String note) {
    RatingInput toInput() {
      return new RatingInput(expertId, punctuality, independence, judgement, discipline, note);
    }
  }

  @Schema(description = "提请取消评标资格 A request to the body that keeps the expert's qualification")
  public record DisqualificationRequest(@Schema(required = true, example = "麻监案〔2026〕第0012号") String caseNumber,
      @Schema(required = true, description = "查实的事实", example = "在评标中私下接触投标人并收受财物") String facts,
      @Schema(required = true, example = "《中华人民共和国招标投标法实施条例》第七十一条") String legalBasis,
      @Schema(required = true, description = "主送单位", example = "黄冈市公共资源交易监督管理局") String addressee) {
    DisqualificationInput toInput() {
      return new DisqualificationInput(caseNumber, facts, legalBasis, addressee);
    }
  }

  @Schema(description = "The answer of the body asked")
  public record DisqualificationAnswer(@Schema(required = true) long version,
      @Schema(required = true, description = "true: the qualification was cancelled (the expert leaves the pool)")
      boolean cancelled,
      @Schema(required = true, example = "复函：已取消其评标专家资格") String note) {}

  @Schema(description = "An expert asks for the link to the own page (sent to the phone on file)")
  public record AccessRequest(@Schema(required = true, example = "421181") String region,
      @Schema(required = true, example = "42118119700101010X") String residentId,
      @Schema(required = true, example = "13800001234") String phone) {}

  @Schema(description = "专家答复 The invited expert's answer")
  public record InvitationAnswerRequest(@Schema(required = true, description = "true: will attend") boolean accept,
      @Schema(description = "不能参加的原因 (required when declining)", example = "出差在外") String reason) {}
}
