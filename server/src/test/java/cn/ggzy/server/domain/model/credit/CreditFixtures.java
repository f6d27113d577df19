package cn.ggzy.server.domain.model.credit;

import cn.ggzy.tenants.RegionCode;
import cn.ggzy.tenants.TenantId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicLong;

/** Subjects, records and entries for credit tests; real credit codes and a valid resident ID. */
public final class CreditFixtures {
  public static final TenantId ZJJ = TenantId.of("421181-zjj");
  public static final RegionCode MACHENG = RegionCode.of("421181");
  /** 小米科技有限责任公司's public code: a real, valid one. */
  public static final String XIAOMI = "91110108551385082Q";
  public static final String TENCENT = "9144030071526726XG";
  /** The standard's own sample ID number (GB 11643). */
  public static final String EXPERT_ID = "11010519491231002X";
  private static final AtomicLong IDS = new AtomicLong(0x5f0000000000L);

  private CreditFixtures() {}

  public static String hex() {
    return String.format("%024x", IDS.incrementAndGet());
  }

  /** A valid credit code made from a number (for tests that need many subjects). */
  public static String code(long n) {
    return code("91421181", n);
  }

  /** A valid resident ID: the 17 digits given and their check character. */
  public static String residentId(String first17) {
    return first17 + ResidentId.checkCharacter(first17);
  }

  /** The same with another 8-character prefix (registration authority, type, region). */
  public static String code(String prefix, long n) {
    String first17 = prefix + String.format("%09d", n % 1_000_000_000L);
    return first17 + CreditCode.checkCharacter(first17);
  }

  public static CreditSubject enterprise(String name, String code) {
    return new CreditSubject(new SubjectId(hex()), MACHENG,
        new SubjectIdentity(SubjectKind.ENTERPRISE, name, new CreditCode(code), null));
  }

  public static CreditRecord penalty(TenantId tenant, CreditSubject subject, LocalDate decidedOn) {
    return CreditRecord.fromCase(new RecordId(hex()), tenant, subject.identity().name(), subject, RecordKind.PENALTY,
        "对该公司串通投标行为处以罚款", hex(), "麻监案〔2026〕第0001号", decidedOn,
        decidedOn.atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant());
  }

  /** A record entered by hand and approved by a second person. */
  public static CreditRecord rated(TenantId tenant, CreditSubject subject, RecordKind kind, LocalDate decidedOn) {
    CreditRecord r = CreditRecord.entered(new RecordId(hex()), tenant, subject.identity(), kind, "履约评价",
        "《麻城市公共资源交易履约评价办法》第八条", null, decidedOn, decidedOn, "clerk", Instant.EPOCH);
    r.identify(subject);
    r.approve("head", Instant.EPOCH);
    return r;
  }

  public static BlacklistEntry listed(CreditRecord record, CreditSubject subject, ListClass listClass,
      LocalDate start, LocalDate end) {
    return BlacklistEntry.list(new EntryId(record.id().value()), record, subject, listClass, "串通投标",
        "《招标投标法实施条例》第六十七条", EnumSet.of(Measure.RESTRICT_BIDDING), start, end, "head", Instant.EPOCH);
  }
}
