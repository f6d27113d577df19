package cn.ggzy.server.domain.model;

/**
 * A domain rule refused an input or an action. {@code code} is a stable machine-readable key
 * (also the message key of the zh-CN/English texts); {@code field} names the input at fault.
 */
public class DomainException extends RuntimeException {
  private final String code;
  private final String field;

  public DomainException(String code, String field) {
    super(code + (field == null ? "" : " [" + field + "]"));
    this.code = code;
    this.field = field;
  }

  public String code() {
    return code;
  }

  public String field() {
    return field;
  }
}
