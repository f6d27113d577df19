package cn.ggzy.server.domain.model;

/** The caller's role does not allow this action. */
public class AccessDeniedException extends DomainException {
  public AccessDeniedException(String action) {
    super("accessDenied", action);
  }
}
