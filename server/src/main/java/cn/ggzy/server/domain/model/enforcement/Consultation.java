package cn.ggzy.server.domain.model.enforcement;

import cn.ggzy.tenants.TenantId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** 集中会商: invited departments, their opinions, and the conclusion put on the case. */
public record Consultation(String topic, List<TenantId> invited, Instant openedAt, String openedBy,
    List<Opinion> opinions, String conclusion, Instant concludedAt, String concludedBy) {
  public Consultation {
    invited = List.copyOf(invited);
    opinions = List.copyOf(opinions);
  }

  public boolean open() {
    return concludedAt == null;
  }

  Consultation with(Opinion opinion) {
    List<Opinion> more = new ArrayList<>(opinions);
    more.removeIf(o -> o.department().equals(opinion.department()));
    more.add(opinion);
    return new Consultation(topic, invited, openedAt, openedBy, more, conclusion, concludedAt, concludedBy);
  }

  Consultation concluded(String text, Instant at, String by) {
    return new Consultation(topic, invited, openedAt, openedBy, opinions, text, at, by);
  }
}
