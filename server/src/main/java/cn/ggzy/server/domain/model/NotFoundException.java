package cn.ggzy.server.domain.model;

/** The thing does not exist for this caller (also when it exists in another tenant). */
public class NotFoundException extends DomainException {
  public NotFoundException(String what) {
    super("notFound", what);
  }

  /** Not found, with a more specific code (e.g. {@code intake.tracking.notFound}). */
  public NotFoundException(String code, String field) {
    super(code, field);
  }
}
