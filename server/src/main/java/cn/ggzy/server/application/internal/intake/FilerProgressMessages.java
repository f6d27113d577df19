package cn.ggzy.server.application.internal.intake;

import cn.ggzy.server.domain.model.enforcement.CaseId;
import cn.ggzy.server.domain.model.enforcement.CaseRepository;
import cn.ggzy.server.domain.model.intake.FilerAccessStore;
import cn.ggzy.server.domain.model.intake.FilerIdentity;
import cn.ggzy.server.domain.model.intake.FilerMessenger;
import cn.ggzy.server.domain.model.intake.Identifiers;
import cn.ggzy.server.domain.model.intake.Submission;
import cn.ggzy.server.domain.model.intake.SubmissionRepository;
import cn.ggzy.server.domain.model.notification.FilerChannel;
import cn.ggzy.server.domain.model.notification.NotificationIntent;
import cn.ggzy.server.domain.model.notification.NotificationKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The filer's SMS of their case's steps ({@link NotificationKind#FILER_PROGRESS}): 已受理, 不予受理,
 * 补正, 处理决定已送达, each with the receipt number and the tracking page. Sent once per step
 * (noted before sending: a crash between the two loses that SMS rather than sending it twice); an
 * anonymous filer, or one without a mobile number, gets none. The number is never logged.
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

  protected FilerProgressMessages() {}

  @Inject
  public FilerProgressMessages(CaseRepository cases, SubmissionRepository submissions, FilerAccessStore store,
      FilerMessenger messenger, Clock clock,
      @ConfigProperty(name = "platform.public-url", defaultValue = "http://localhost:9080/") String publicUrl) {
    this.cases = cases;
    this.submissions = submissions;
    this.store = store;
    this.messenger = messenger;
    this.clock = clock;
    this.trackingPages = publicUrl + (publicUrl.endsWith("/") ? "" : "/") + "tracking/";
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
    FilerIdentity who = s.identity();
    String phone = who == null || who.anonymous() ? null : Identifiers.normaliseMobile(who.phone());
    if (phone == null || !Identifiers.isMobile(phone) || !store.firstMessage(intent.id(), clock.instant())) {
      return;
    }
    String kind = "COMPLAINT".equals(s.kind()) ? "投诉" : "举报";
    messenger.send(phone, "【公共资源交易监管】您的" + kind + "（回执号" + s.receiptNumber() + "）" + step
        + "。请凭回执号和查询码查看：" + trackingPages + s.receiptNumber());
  }
}
