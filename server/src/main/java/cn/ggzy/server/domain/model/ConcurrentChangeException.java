package cn.ggzy.server.domain.model;

/** Someone else changed the same thing first; reload and try again. Nothing was overwritten. */
public class ConcurrentChangeException extends DomainException {
  public ConcurrentChangeException(String what) {
    super("concurrentChange", what);
  }
}
