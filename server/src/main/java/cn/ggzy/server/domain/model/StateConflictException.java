package cn.ggzy.server.domain.model;

/** The action is not allowed in the current state of the thing (e.g. accepting a closed case). */
public class StateConflictException extends DomainException {
  public StateConflictException(String code, String field) {
    super(code, field);
  }
}
