package cn.ggzy.server.application.internal.intake;

import cn.ggzy.server.application.DevicePush;
import cn.ggzy.server.application.Messages;
import cn.ggzy.server.application.internal.notification.PushChannels;
import cn.ggzy.server.domain.model.enforcement.CaseId;
import cn.ggzy.server.domain.model.enforcement.CaseRepository;
import cn.ggzy.server.domain.model.intake.FilerAccessStore;
import cn.ggzy.server.domain.model.intake.FilerAccessStore.PushSubscription;
import cn.ggzy.server.domain.model.intake.FilerIdentity;
import cn.ggzy.server.domain.model.intake.FilerMessenger;
import cn.ggzy.server.domain.model.intake.Identifiers;
import cn.ggzy.server.domain.model.intake.Submission;
import cn.ggzy.server.domain.model.intake.SubmissionRepository;
import cn.ggzy.server.domain.model.notification.Device;
import cn.ggzy.server.domain.model.notification.DeviceChannel;
import cn.ggzy.server.domain.model.notification.DeviceOwner;
import cn.ggzy.server.domain.model.notification.FilerChannel;
import cn.ggzy.server.domain.model.notification.NotificationIntent;
import cn.ggzy.server.domain.model.notification.NotificationKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The filer's SMS and Web Push of their case's steps ({@link NotificationKind#FILER_PROGRESS}): 已受理, 不予受理,
 * 补正, 处理决定已送达, each with the receipt number and the tracking page. Sent once per step
 * (noted before sending: a crash between the two loses that message rather than sending it twice); an
 * anonymous filer, or one without a mobile number, gets no SMS; browsers that subscribed on the
 * tracking page (anonymous reporters' too) get a Web Push. The number is never logged.
 */
@ApplicationScoped
public class FilerProgressMessages implements FilerChannel {
  private static final Map<String, String> STEPS = Map.of(
      "ACCEPT", "已受理，我们将依法调查处理",
      "APPROVE_NON_ACCEPTANCE", "经审查决定不予受理，不予受理通知书可在查询页下载",
      "REQUEST_SUPPLEMENT", "需要您补正材料，请在查询页查看补正要求并提交",
      "DELIVER", "已作出处理决定，处理决定书可在查询页下载");

  private CaseRepository cases;
  private SubmissionRepository submissions;
  private FilerAccessStore store;
  private FilerMessenger messenger;
  private Clock clock;
  private String trackingPages;
  private PushChannels channels;
  private boolean loopbackPush;

  protected FilerProgressMessages() {}

  @Inject
  public FilerProgressMessages(CaseRepository cases, SubmissionRepository submissions, FilerAccessStore store,
      FilerMessenger messenger, Clock clock, PushChannels channels,
      @ConfigProperty(name = "platform.intake.push.allow-loopback", defaultValue = "false") boolean loopbackPush,
      @ConfigProperty(name = "platform.public-url", defaultValue = "http://localhost:9080/") String publicUrl) {
    this.cases = cases;
    this.submissions = submissions;
    this.store = store;
    this.messenger = messenger;
    this.clock = clock;
    this.channels = channels;
    this.loopbackPush = loopbackPush;
    this.trackingPages = publicUrl + (publicUrl.endsWith("/") ? "" : "/") + "tracking/";
  }

  /** Web Push to the browsers that subscribed on the tracking page (anonymous reporters too). */
  private void push(Submission s, String text) {
    List<PushSubscription> subscriptions = store.pushes(s.receiptNumber());
    Optional<DevicePush> web = channels.of(DeviceChannel.WEB_PUSH).filter(DevicePush::enabled);
    if (subscriptions.isEmpty() || web.isEmpty() || s.owner() == null) {
      return;
    }
    DeviceOwner owner = new DeviceOwner(s.owner(), "filer:" + s.receiptNumber());
    List<Device> devices = subscriptions.stream().filter(p -> reachable(p.endpoint()))
        .map(p -> new Device("filer-" + Integer.toHexString(p.endpoint().hashCode()), owner, DeviceChannel.WEB_PUSH,
            p.endpoint(), p.p256dh(), p.auth(), Messages.CHINESE, clock.instant())).toList();
    List<DevicePush.Outcome> outcomes = web.get().send(new DevicePush.Message("投诉举报办理进展", text,
        Map.of("page", "tracking/" + s.receiptNumber())), devices);
    for (int i = 0; i < outcomes.size(); i++) {
      if (outcomes.get(i) == DevicePush.Outcome.GONE) {
        store.removePush(s.receiptNumber(), devices.get(i).address());
      }
    }
  }

  /**
   * The endpoint's host must not resolve into this machine or a private network (a name checked when
   * subscribing could be pointed there later); tests' loopback service only when allowed.
   */
  private boolean reachable(String endpoint) {
    try {
      String host = URI.create(endpoint).getHost();
      for (InetAddress a : InetAddress.getAllByName(host)) {
        boolean inside = a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress()
            || a.isAnyLocalAddress() || a.isMulticastAddress();
        if (inside && !(loopbackPush && a.isLoopbackAddress())) {
          return false;
        }
      }
      return true;
    } catch (IOException | IllegalArgumentException e) {
      return false;
    }
  }

  @Override
  public void tell(NotificationIntent intent) {
    String step = intent.kind() == NotificationKind.FILER_PROGRESS ? STEPS.get(intent.outcome()) : null;
    if (step == null) {
      return;
    }
    Optional<Submission> behind = cases.find(intent.subject().owner(), new CaseId(intent.subject().caseId()))
        .map(c -> c.registration().originReference()).flatMap(submissions::find);
    if (behind.isEmpty()) {
      return;
    }
    Submission s = behind.get();
    if (!store.firstMessage(intent.id(), clock.instant())) {
      return;
    }
    String kind = "COMPLAINT".equals(s.kind()) ? "投诉" : "举报";
    String text = "您的" + kind + "（回执号" + s.receiptNumber() + "）" + step + "。";
    FilerIdentity who = s.identity();
    String phone = who == null || who.anonymous() ? null : Identifiers.normaliseMobile(who.phone());
    if (phone != null && Identifiers.isMobile(phone)) {
      messenger.send(phone, "【公共资源交易监管】" + text + "请凭回执号和查询码查看：" + trackingPages + s.receiptNumber());
    }
    push(s, text);
  }
}
