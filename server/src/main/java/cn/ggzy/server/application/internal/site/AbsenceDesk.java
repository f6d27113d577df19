package cn.ggzy.server.application.internal.site;

import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.CaseRegister;
import cn.ggzy.server.application.CaseViews;
import cn.ggzy.server.application.CreditRecords;
import cn.ggzy.server.application.CreditViews;
import cn.ggzy.server.application.DevicePush;
import cn.ggzy.server.application.Messages;
import cn.ggzy.server.application.internal.notification.PushChannels;
import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.StateConflictException;
import cn.ggzy.server.domain.model.account.Account;
import cn.ggzy.server.domain.model.account.AccountRepository;
import cn.ggzy.server.domain.model.account.Role;
import cn.ggzy.server.domain.model.credit.RecordKind;
import cn.ggzy.server.domain.model.credit.SubjectKind;
import cn.ggzy.server.domain.model.enforcement.CaseSource;
import cn.ggzy.server.domain.model.enforcement.Industry;
import cn.ggzy.server.domain.model.notification.Device;
import cn.ggzy.server.domain.model.notification.DeviceRepository;
import cn.ggzy.server.domain.model.site.AbsenceWarning;
import cn.ggzy.server.domain.model.site.Attendance;
import cn.ggzy.server.domain.model.site.AttendancePolicy;
import cn.ggzy.server.domain.model.site.AttendanceRule;
import cn.ggzy.server.domain.model.site.KeyPerson;
import cn.ggzy.server.domain.model.site.SiteMessenger;
import cn.ggzy.server.domain.model.site.SiteRepository;
import cn.ggzy.server.domain.model.site.SupervisedProject;
import cn.ggzy.server.domain.service.WorkingCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The absences of key personnel: a week judged below the rule becomes a warning (pushed to the department's
 * officers, sent to the employer by SMS); repeated, or a whole week away, it proposes a case; an officer
 * dismisses it with a reason or opens the case and enters the winning bidder's poor-performance record.
 */
final class AbsenceDesk {
  private static final Logger LOG = Logger.getLogger(AbsenceDesk.class.getName());
  /** The legal basis of the performance record: the winner performs the contract as its bid committed. */
  static final String LEGAL_BASIS = "《中华人民共和国招标投标法》第四十八条；施工合同及中标人投标文件关于项目关键岗位人员到岗履职的承诺";
  private final SiteRepository repository;
  private final WorkingCalendar calendar;
  private final SiteMessenger messenger;
  private final AccountRepository accounts;
  private final DeviceRepository devices;
  private final PushChannels channels;
  private final CaseRegister cases;
  private final CreditRecords credit;

  AbsenceDesk(SiteRepository repository, WorkingCalendar calendar, SiteMessenger messenger, AccountRepository accounts,
      DeviceRepository devices, PushChannels channels, CaseRegister cases, CreditRecords credit) {
    this.repository = repository;
    this.calendar = calendar;
    this.messenger = messenger;
    this.accounts = accounts;
    this.devices = devices;
    this.channels = channels;
    this.cases = cases;
    this.credit = credit;
  }

  /** Judges the person's week of {@code monday}; answers the warning raised, if any (never twice). */
  Optional<AbsenceWarning> judge(SupervisedProject p, KeyPerson k, AttendancePolicy policy, LocalDate monday,
      Instant now) {
    LocalDate sunday = monday.plusDays(6);
    if (!k.active() || p.startDay().isAfter(sunday) || (p.endDay() != null && p.endDay().isBefore(monday))
        || repository.warning(k.department(), AbsenceWarning.idOf(k.id(), monday)).isPresent()) {
      return Optional.empty();
    }
    AttendanceRule rule = policy.rule(k.role()).orElse(policy.rules().get(0));
    Instant from = monday.atStartOfDay(WorkingCalendar.ZONE).toInstant();
    Instant to = sunday.plusDays(1).atStartOfDay(WorkingCalendar.ZONE).toInstant();
    List<Attendance.AttendanceDay> days = Attendance.days(rule, repository.checkIns(k.department(), k.id(), from, to), monday,
        sunday, d -> calendar.isWorkingDay(k.department().region(), d), WorkingCalendar.ZONE);
    LocalDate counted = LocalDate.ofInstant(k.enrolledAt(), WorkingCalendar.ZONE);
    if (p.startDay().isAfter(counted)) {
      counted = p.startDay();
    }
    Attendance.AttendanceWeek week = Attendance.week(rule, days, monday, counted);
    if (week.met()) {
      return Optional.empty();
    }
    boolean repeated = repository.warningsOf(k.department(), k.id(),
        monday.minusWeeks(AbsenceWarning.REPEAT_WINDOW_WEEKS)).stream()
        .anyMatch(w -> w.monday().isBefore(monday) && w.state() != AbsenceWarning.State.DISMISSED);
    boolean wholeWeek = week.onSiteDays() == 0 && week.required() >= 3;
    AbsenceWarning w = new AbsenceWarning(k.department(), AbsenceWarning.idOf(k.id(), monday), p.id(), k.id(),
        k.role(), monday, week.workingDays(), week.required(), week.onSiteDays(), repeated || wholeWeek,
        AbsenceWarning.State.OPEN, now, null, null, null, null, null, null, 1);
    if (!repository.store(w, 0)) {
      return Optional.empty();
    }
    announce(p, k, rule, w);
    return Optional.of(w);
  }

  private void announce(SupervisedProject p, KeyPerson k, AttendanceRule rule, AbsenceWarning w) {
    if (p.employerPhone() != null) {
      try {
        messenger.absence(p.employerPhone(), p.sectionName(), k.name(), rule.nameZh(), w.monday(), w.required(),
            w.onSiteDays());
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "an absence notice to the employer was not sent; the warning stays listed", e);
      }
    }
    for (Account a : accounts.list(p.department())) {
      if (!a.enabled() || !(a.roles().contains(Role.DEPARTMENT_HEAD) || a.roles().contains(Role.DEPARTMENT_OFFICER))) {
        continue;
      }
      for (Device d : devices.of(p.department(), a.login().value())) {
        Optional<DevicePush> channel = channels.of(d.channel()).filter(DevicePush::enabled);
        if (channel.isEmpty()) {
          continue;
        }
        DevicePush.Message m = new DevicePush.Message(Messages.text("site.push.absence.title", d.language()),
            Messages.format("site.push.absence.body", d.language(), List.of(p.sectionName(), k.name(),
                w.monday().toString(), String.valueOf(w.onSiteDays()), String.valueOf(w.required()))),
            Map.of("kind", "SITE_ABSENCE", "warningId", w.id(), "url", "console/sites/" + p.id()));
        try {
          channel.get().send(m, List.of(d));
        } catch (RuntimeException e) {
          LOG.log(Level.WARNING, "an absence push failed; the warning stays listed", e);
        }
      }
    }
  }

  AbsenceWarning dismiss(Caller caller, AbsenceWarning w, String reason, long version, Instant now) {
    open(w, version);
    String why = reason == null ? "" : reason.strip();
    if (why.isEmpty() || why.length() > 500) {
      throw new DomainException("site.absence.reason", "reason");
    }
    AbsenceWarning dismissed = w.dismissed(caller.login().value(), now, why);
    repository.store(dismissed, w.version());
    return dismissed;
  }

  AbsenceWarning openCase(Caller caller, AbsenceWarning w, SupervisedProject p, KeyPerson k, String roleName,
      long version, Instant now, LocalDate today) {
    open(w, version);
    String summary = "标后监管考勤：" + p.sectionName() + "（" + p.projectCode() + "）" + roleName + k.name() + "于"
        + w.monday() + "起的一周到岗" + w.onSiteDays() + "天，考勤规则要求" + w.required() + "天（当周工作日"
        + w.workingDays() + "天）。中标人：" + p.winnerName() + "。";
    CaseViews.Detail opened = cases.register(caller, new CaseRegister.NewCase(CaseSource.POST_AWARD,
        Industry.supervisedBy(p.department()), "标后监管：关键岗位人员缺勤（" + p.sectionName() + "）", summary,
        p.projectCode(), p.sectionName(), p.winnerName(), "site:" + w.id(), false));
    CreditViews.RecordView record = credit.enter(caller, new CreditRecords.NewRecord(SubjectKind.ENTERPRISE,
        p.winnerName(), p.winnerCode(), null, RecordKind.POOR_PERFORMANCE, summary, LEGAL_BASIS,
        "案件 " + opened.number(), today));
    AbsenceWarning decided = w.caseOpened(caller.login().value(), now, opened.id(), opened.number(), record.id());
    repository.store(decided, w.version());
    return decided;
  }

  private static void open(AbsenceWarning w, long version) {
    if (w.state() != AbsenceWarning.State.OPEN) {
      throw new StateConflictException("site.absence.decided", "id");
    }
    if (w.version() != version) {
      throw new StateConflictException("site.absence.changed", "version");
    }
  }
}
