package cn.ggzy.server.application.internal.dispatch;

import cn.ggzy.server.application.DevicePush;
import cn.ggzy.server.application.DevicePush.Message;
import cn.ggzy.server.application.Messages;
import cn.ggzy.server.application.internal.notification.PushChannels;
import cn.ggzy.server.domain.model.account.Account;
import cn.ggzy.server.domain.model.account.AccountRepository;
import cn.ggzy.server.domain.model.account.Role;
import cn.ggzy.server.domain.model.dispatch.DispatchReport;
import cn.ggzy.server.domain.model.notification.Device;
import cn.ggzy.server.domain.model.notification.DeviceRepository;
import cn.ggzy.tenants.TenantId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Tells the office's leaders on their phones that a report is ready: one push to each registered device
 * of every enabled office leader, in the device's language, opening the dispatch page. Best effort: a
 * push service that is down loses this message only (the report is stored and listed whatever happens).
 */
final class ReportAnnouncer {
  private static final Logger LOG = Logger.getLogger(ReportAnnouncer.class.getName());
  private final AccountRepository accounts;
  private final DeviceRepository devices;
  private final PushChannels channels;

  ReportAnnouncer(AccountRepository accounts, DeviceRepository devices, PushChannels channels) {
    this.accounts = accounts;
    this.devices = devices;
    this.channels = channels;
  }

  /** Answers how many devices the message was handed to. */
  int announce(TenantId office, DispatchReport report) {
    int sent = 0;
    for (Account leader : accounts.list(office)) {
      if (!leader.enabled() || !leader.roles().contains(Role.OFFICE_LEADER)) {
        continue;
      }
      for (Device d : devices.of(office, leader.login().value())) {
        Optional<DevicePush> channel = channels.of(d.channel()).filter(DevicePush::enabled);
        if (channel.isEmpty()) {
          continue;
        }
        Message m = new Message(Messages.text("dispatch.push.title." + report.kind(), d.language()),
            Messages.format("dispatch.push.body", d.language(), List.of(report.from().toString(), report.to().toString())),
            Map.of("kind", "DISPATCH_REPORT", "reportId", report.id(), "url", "console/dispatch"));
        try {
          if (channel.get().send(m, List.of(d)).get(0) == DevicePush.Outcome.SENT) {
            sent++;
          }
        } catch (RuntimeException e) {
          LOG.log(Level.WARNING, "a report's push to a device failed; the report stays listed", e);
        }
      }
    }
    return sent;
  }
}
