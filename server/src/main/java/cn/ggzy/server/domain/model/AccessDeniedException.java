package cn.ggzy.server.domain.model;

/** The caller's role does not allow this action. */
public class AccessDeniedException extends DomainException {
  public AccessDeniedException(String action) {
    super("accessDenied", action);
  }

  /** A refusal with a more specific code, e.g. {@code case.approval.ownRequest}. */
  public AccessDeniedException(String code, String field) {
    super(code, field);
  }
}
