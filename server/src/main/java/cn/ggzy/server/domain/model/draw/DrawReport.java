package cn.ggzy.server.domain.model.draw;

import java.util.List;

/** All checks of a published draw; it is verified when every one passed. */
public record DrawReport(List<DrawCheck> checks) {
  public DrawReport {
    checks = List.copyOf(checks);
  }

  public boolean verified() {
    return checks.stream().allMatch(DrawCheck::passed);
  }
}
