package cn.ggzy.server.application;

import cn.ggzy.server.domain.model.account.Role;
import java.util.List;
import java.util.Set;

/**
 * Who works where: officers see the officers of their own department; the supervision office's
 * officers see every department of their region through an audited office scope. Anyone else is
 * "not found".
 */
public interface OfficerDirectory {
  List<OfficerSummary> colleagues(Caller caller);

  OfficerSummary find(Caller caller, String login);

  record OfficerSummary(String login, String displayName, String tenantId, Set<Role> roles, boolean enabled) {}
}
