package cn.ggzy.server.application.internal.exchange;

import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.credit.SubjectKind;
import cn.ggzy.server.domain.model.enforcement.Industry;
import cn.ggzy.server.domain.model.project.ContractKind;
import cn.ggzy.server.domain.model.project.Organisation;
import cn.ggzy.server.domain.model.project.TenderMethod;
import java.util.Map;
import java.util.Optional;

/**
 * The code lists of the exchange format and how they map onto ours, both ways. Where the national
 * spec's own code values could not be confirmed from public sources this is said in
 * docs/data-exchange.md; a value outside a list refuses its record with the data item at fault.
 */
final class ExchangeCodes {
  /** 招标方式. */
  static final Map<String, TenderMethod> TENDER_MODE = Map.of("1", TenderMethod.OPEN, "2", TenderMethod.INVITED,
      "9", TenderMethod.NONE);
  /** 招标组织形式. */
  static final Map<String, Organisation> ORGANIZE_FORM = Map.of("1", Organisation.SELF, "2", Organisation.AGENCY);
  /** 合同（标段）类别. */
  static final Map<String, ContractKind> CONTRACT_KIND = Map.of("1", ContractKind.CONSTRUCTION, "2",
      ContractKind.GOODS, "3", ContractKind.SERVICES);
  /** 招标项目类型 (工程建设项目): the department that supervises it. */
  static final Map<String, Industry> PROJECT_TYPE = Map.ofEntries(Map.entry("A01", Industry.HOUSING_CONSTRUCTION),
      Map.entry("A02", Industry.HOUSING_CONSTRUCTION), Map.entry("A03", Industry.TRANSPORT),
      Map.entry("A04", Industry.TRANSPORT), Map.entry("A05", Industry.TRANSPORT), Map.entry("A06", Industry.TRANSPORT),
      Map.entry("A07", Industry.WATER_CONSERVANCY), Map.entry("A08", Industry.OTHER),
      Map.entry("A09", Industry.OTHER), Map.entry("A10", Industry.OTHER), Map.entry("A11", Industry.AGRICULTURE),
      Map.entry("A99", Industry.OTHER));
  /** The code written out for each of our industries. */
  static final Map<Industry, String> PROJECT_TYPE_OUT = Map.of(Industry.HOUSING_CONSTRUCTION, "A01",
      Industry.TRANSPORT, "A03", Industry.WATER_CONSERVANCY, "A07", Industry.AGRICULTURE, "A11", Industry.OTHER, "A99");
  /** 主体角色. */
  static final Map<String, SubjectKind> SUBJECT_ROLE = Map.of("1", SubjectKind.ENTERPRISE, "2", SubjectKind.AGENCY,
      "3", SubjectKind.EXPERT);
  /** 主体代码类型: 统一社会信用代码, 居民身份证. */
  static final String CREDIT_CODE = "97";
  static final String RESIDENT_ID = "01";
  /** 是/否. */
  static final Map<String, Boolean> YES_NO = Map.of("1", true, "0", false);

  private ExchangeCodes() {}

  /** The value of a code list, or empty when the item is absent; a value outside the list refuses its record. */
  static <T> Optional<T> read(Map<String, T> list, String value, String item) {
    if (value == null) {
      return Optional.empty();
    }
    T t = list.get(value.strip());
    if (t == null) {
      throw new DomainException("exchange.code", item);
    }
    return Optional.of(t);
  }

  static <T> String code(Map<String, T> list, T value) {
    if (value == null) {
      return null;
    }
    return list.entrySet().stream().filter(e -> e.getValue() == value).map(Map.Entry::getKey).sorted().findFirst()
        .orElse(null);
  }
}
