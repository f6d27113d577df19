package cn.ggzy.server.application.internal.review;

import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.DocumentReviews;
import cn.ggzy.server.application.OfficeScopes;
import cn.ggzy.server.application.Permission;
import cn.ggzy.server.application.ReviewLetters;
import cn.ggzy.server.application.TenantDirectory;
import cn.ggzy.server.application.internal.DepartmentReach;
import cn.ggzy.server.domain.model.AccessDeniedException;
import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.NotFoundException;
import cn.ggzy.server.domain.model.audit.AuditLog;
import cn.ggzy.server.domain.model.review.Clause;
import cn.ggzy.server.domain.model.review.ClauseReview;
import cn.ggzy.server.domain.model.review.ClauseSplitter;
import cn.ggzy.server.domain.model.review.Deviation;
import cn.ggzy.server.domain.model.review.DocumentFiles;
import cn.ggzy.server.domain.model.review.DocumentReader;
import cn.ggzy.server.domain.model.review.DocumentReview;
import cn.ggzy.server.domain.model.review.DocumentReviewRepository;
import cn.ggzy.server.domain.model.review.Finding;
import cn.ggzy.server.domain.model.review.ModelText;
import cn.ggzy.server.domain.model.review.ModelTextComparison;
import cn.ggzy.server.domain.model.review.ModelTextRepository;
import cn.ggzy.server.domain.model.review.Paragraph;
import cn.ggzy.server.domain.model.review.ProjectFacts;
import cn.ggzy.server.domain.model.review.ReviewFinding;
import cn.ggzy.server.domain.model.review.ReviewedFile;
import cn.ggzy.server.domain.model.review.ReviewedProject;
import cn.ggzy.server.domain.model.review.RuleBook;
import cn.ggzy.server.domain.model.review.RuleBookRefusedException;
import cn.ggzy.server.domain.model.review.RuleBookRepository;
import cn.ggzy.server.domain.model.review.WordSegmenter;
import cn.ggzy.server.domain.service.WorkingCalendar;
import cn.ggzy.tenants.OfficeScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

@ApplicationScoped
public class DefaultDocumentReviews implements DocumentReviews {
  static final int MAX_BYTES = 30 * 1024 * 1024;
  static final int MAX_LIMIT = 200;
  private DocumentReviewRepository reviews;
  private DepartmentReach reach;
  private DocumentFiles files;
  private DocumentReader reader;
  private RuleBookRepository ruleBooks;
  private ModelTextRepository modelTexts;
  private WordSegmenter segmenter;
  private RuleBooks inForce;
  private ReviewLetters letters;
  private OfficeScopes scopes;
  private WorkingCalendar calendar;
  private AuditLog audit;
  private Clock clock;
  private int noticeWorkingDays;

  protected DefaultDocumentReviews() {}

  @Inject
  public DefaultDocumentReviews(DocumentReviewRepository reviews, DocumentFiles files, DocumentReader reader,
      RuleBookRepository ruleBooks, ModelTextRepository modelTexts, WordSegmenter segmenter, ReviewLetters letters, OfficeScopes scopes, TenantDirectory directory,
      WorkingCalendar calendar, AuditLog audit, Clock clock,
      @ConfigProperty(name = "platform.review.rectification-working-days", defaultValue = "5") int noticeWorkingDays) {
    this.reviews = reviews;
    this.reach = new DepartmentReach(directory, scopes);
    this.files = files;
    this.reader = reader;
    this.ruleBooks = ruleBooks;
    this.modelTexts = modelTexts;
    this.segmenter = segmenter;
    this.inForce = new RuleBooks(ruleBooks);
    this.letters = letters;
    this.scopes = scopes;
    this.calendar = calendar;
    this.audit = audit;
    this.clock = clock;
    this.noticeWorkingDays = noticeWorkingDays;
  }

  @Override
  public Detail upload(Caller caller, Upload u) {
    reviewer(caller, "review.upload");
    ReviewedProject project = new ReviewedProject(u.projectCode(), u.projectName(), u.sectionName(), u.employer(),
        u.agency(), u.estimate(), u.contractAmount());
    Instant at = clock.instant();
    Reviewed r = review(caller, u.fileName(), u.content(), project.facts(), at);
    List<ReviewFinding> findings = new ArrayList<>();
    for (Finding f : r.findings()) {
      findings.add(ReviewFinding.of(findings.size() + 1, f, r.book().rule(f.ruleId()).orElseThrow()));
    }
    DocumentReview review = DocumentReview.start(reviews.nextId(), caller.tenant(), project, r.file(), findings);
    reviews.store(caller.tenant(), review);
    audit.record(caller.tenant(), at, caller.login().value(), "review.UPLOAD", review.id(),
        r.file().fileName() + " · " + findings.size());
    return find(caller, review.id());
  }

  @Override
  public Page list(Caller caller, int offset, int limit) {
    reviewer(caller, "review.list");
    int from = Math.max(0, offset);
    int size = limit <= 0 ? 20 : Math.min(limit, MAX_LIMIT);
    ReviewViews views = new ReviewViews(reach, today());
    if (office(caller)) {
      OfficeScope scope = scopes.open(caller, "review.list");
      return new Page(reviews.list(scope, from, size).stream().map(views::summary).toList(), reviews.count(scope),
          from, size);
    }
    return new Page(reviews.list(caller.tenant(), from, size).stream().map(views::summary).toList(),
        reviews.count(caller.tenant()), from, size);
  }

  @Override
  public Detail find(Caller caller, String id) {
    reviewer(caller, "review.find");
    return new ReviewViews(reach, today()).detail(load(caller, id, "review.find"));
  }

  @Override
  public Detail confirm(Caller caller, String id, int finding) {
    reviewer(caller, "review.confirm");
    DocumentReview review = load(caller, id, "review.confirm");
    Instant at = clock.instant();
    review.confirm(finding, caller.login().value(), at);
    reviews.store(review.tenant(), review);
    audit.record(review.tenant(), at, caller.login().value(), "review.CONFIRM", review.id(), "#" + finding);
    return find(caller, review.id());
  }

  @Override
  public Detail dismiss(Caller caller, String id, int finding, String reason) {
    reviewer(caller, "review.dismiss");
    DocumentReview review = load(caller, id, "review.dismiss");
    Instant at = clock.instant();
    review.dismiss(finding, reason, caller.login().value(), at);
    reviews.store(review.tenant(), review);
    audit.record(review.tenant(), at, caller.login().value(), "review.DISMISS", review.id(),
        "#" + finding + " " + reason.strip());
    return find(caller, review.id());
  }

  @Override
  public Detail issueNotice(Caller caller, String id) {
    reviewer(caller, "review.notice");
    DocumentReview review = load(caller, id, "review.notice");
    Instant at = clock.instant();
    LocalDate today = today();
    LocalDate due = calendar.nthWorkingDayAfter(review.tenant().region(), today, noticeWorkingDays);
    String number = "审查整改〔" + today.getYear() + "〕" + review.id().substring(3, 11) + "号";
    String to = review.project().agency().isEmpty() ? review.project().employer()
        : review.project().employer() + "、" + review.project().agency();
    review.issueNotice(number, to, caller.login().value(), at, due);
    reviews.store(review.tenant(), review);
    audit.record(review.tenant(), at, caller.login().value(), "review.NOTICE", review.id(), number + " → " + due);
    return find(caller, review.id());
  }

  @Override
  public byte[] notice(Caller caller, String id) {
    reviewer(caller, "review.noticePdf");
    DocumentReview review = load(caller, id, "review.noticePdf");
    if (review.rectification() == null) {
      throw new NotFoundException("notice");
    }
    List<ReviewLetters.NoticeItem> items = review.findings().stream()
        .filter(f -> f.state() == ReviewFinding.State.CONFIRMED)
        .map(f -> new ReviewLetters.NoticeItem(f.clause().page(), f.clause().paragraph(), f.clause().text(),
            f.title().zh() + (f.measured().isEmpty() ? "" : "（" + f.measured() + "）"), f.basis().zh(),
            f.suggestion().zh()))
        .toList();
    String department = reach.name(review.tenant());
    return letters.rectification(new ReviewLetters.RectificationNotice(review.rectification().noticeNumber(),
        review.rectification().addressees(), review.project().projectName(), review.project().projectCode(),
        review.project().sectionName(), review.files().get(0).fileName(), items, review.rectification().dueDate(),
        department, LocalDate.ofInstant(review.rectification().issuedAt(), WorkingCalendar.ZONE)));
  }

  @Override
  public Detail correct(Caller caller, String id, String fileName, byte[] content) {
    reviewer(caller, "review.correct");
    DocumentReview review = load(caller, id, "review.correct");
    Instant at = clock.instant();
    Reviewed r = review(caller, fileName, content, review.project().facts(), at);
    review.corrected(r.file(), r.findings(), at);
    reviews.store(review.tenant(), review);
    audit.record(review.tenant(), at, caller.login().value(), "review.CORRECT", review.id(),
        r.file().fileName() + (review.rectification().rectified() ? " · rectified"
            : " · remaining " + review.rectification().remaining()));
    return find(caller, review.id());
  }

  @Override
  public ModelTextView importModelText(Caller caller, String name, String fileName, byte[] content) {
    if (!caller.may(Permission.KEEP_RULE_BOOK) || !office(caller)) {
      throw new AccessDeniedException("review.model.import");
    }
    String title = name == null ? "" : name.strip();
    if (title.length() < 2 || title.length() > 200) {
      throw new DomainException("review.model.name", "name");
    }
    List<Clause> clauses = ClauseSplitter.split(reader.read(checkedName(fileName), checkedContent(content)));
    Instant at = clock.instant();
    ModelText text = new ModelText(modelTexts.nextId(), caller.tenant().region(), title, fileName.strip(), clauses,
        caller.login().value(), at);
    modelTexts.store(caller.tenant().region(), text);
    audit.record(caller.tenant(), at, caller.login().value(), "review.model.IMPORT", text.id(), title);
    return modelView(text);
  }

  @Override
  public List<ModelTextView> modelTexts(Caller caller) {
    reviewer(caller, "review.model.list");
    return modelTexts.list(caller.tenant().region()).stream().map(DefaultDocumentReviews::modelView).toList();
  }

  @Override
  public Comparison compare(Caller caller, String reviewId, String modelTextId) {
    reviewer(caller, "review.compare");
    DocumentReview review = load(caller, reviewId, "review.compare");
    ModelText model = modelTexts.find(review.tenant().region(), modelTextId == null ? "" : modelTextId.strip())
        .orElseThrow(() -> new NotFoundException("modelTextId"));
    ReviewedFile latest = review.files().get(review.files().size() - 1);
    byte[] content = files.read(review.tenant(), latest.fileId()).orElseThrow(() -> new NotFoundException("file"));
    List<Clause> clauses = ClauseSplitter.split(reader.read(latest.fileName(), content));
    List<Deviation> found = new ModelTextComparison(segmenter).compare(clauses, model.clauses());
    List<DeviationView> views = found.stream().map(DefaultDocumentReviews::deviationView).toList();
    return new Comparison(review.id(), model.id(), model.name(), latest.fileName(),
        count(found, Deviation.Kind.CHANGED), count(found, Deviation.Kind.ADDED), count(found, Deviation.Kind.REMOVED),
        views);
  }

  private static int count(List<Deviation> found, Deviation.Kind kind) {
    return (int) found.stream().filter(d -> d.kind() == kind).count();
  }

  private static DeviationView deviationView(Deviation d) {
    Clause c = d.clause();
    Clause m = d.modelClause();
    return new DeviationView(d.kind().name(), c == null ? 0 : c.page(), c == null ? 0 : c.paragraph(),
        c == null ? null : c.text(), m == null ? 0 : m.page(), m == null ? 0 : m.paragraph(), m == null ? null : m.text(),
        Math.round(d.similarity() * 100) / 100.0,
        d.changes().stream().map(w -> new WordChangeView(w.op().name(), w.text())).toList());
  }

  private static ModelTextView modelView(ModelText t) {
    return new ModelTextView(t.id(), t.name(), t.fileName(), t.clauseCount(), t.by(), t.at());
  }

  @Override
  public RuleBookView ruleBook(Caller caller) {
    reviewer(caller, "review.rules");
    var latest = ruleBooks.latest(caller.tenant().region());
    List<RuleBookVersion> history = ruleBooks.history(caller.tenant().region()).stream()
        .map(v -> new RuleBookVersion(v.version(), v.by(), v.at(), v.note())).toList();
    String text = latest.map(RuleBookRepository.Version::text).orElseGet(RuleBook::standardText);
    return new RuleBookView(latest.map(RuleBookRepository.Version::version).orElse(0), text,
        inForce.of(caller.tenant().region()).book().rules().size(), latest.map(RuleBookRepository.Version::by)
        .orElse(null), latest.map(RuleBookRepository.Version::at).orElse(null), history);
  }

  @Override
  public RuleBookView saveRuleBook(Caller caller, String text, int editedFrom, String note) {
    if (!caller.may(Permission.KEEP_RULE_BOOK) || !office(caller)) {
      throw new AccessDeniedException("review.rules.save");
    }
    if (text == null || text.isBlank() || text.length() > 1_000_000) {
      throw new DomainException("review.rules.text", "text");
    }
    try {
      RuleBook.parse(text);
    } catch (IllegalArgumentException e) {
      throw new RuleBookRefusedException(e.getMessage());
    }
    String why = note == null ? "" : note.strip();
    if (why.length() < 2 || why.length() > 500) {
      throw new DomainException("review.rules.note", "note");
    }
    Instant at = clock.instant();
    ruleBooks.save(caller.tenant().region(), new RuleBookRepository.Version(editedFrom + 1, text,
        caller.login().value(), at, why));
    audit.record(caller.tenant(), at, caller.login().value(), "review.rules.SAVE", "rulebook:" + (editedFrom + 1), why);
    return ruleBook(caller);
  }

  private record Reviewed(ReviewedFile file, List<Finding> findings, RuleBook book) {}

  private static String checkedName(String fileName) {
    String name = fileName == null ? "" : fileName.strip();
    if (name.isEmpty() || name.length() > 200) {
      throw new DomainException("review.file.name", "file");
    }
    return name;
  }

  private static byte[] checkedContent(byte[] content) {
    if (content == null || content.length == 0) {
      throw new DomainException("review.file.empty", "file");
    }
    if (content.length > MAX_BYTES) {
      throw new DomainException("review.file.tooLarge", "file");
    }
    return content;
  }

  private Reviewed review(Caller caller, String fileName, byte[] content, ProjectFacts facts, Instant at) {
    String name = checkedName(fileName);
    checkedContent(content);
    List<Paragraph> paragraphs = reader.read(name, content);
    List<Clause> clauses = ClauseSplitter.split(paragraphs);
    RuleBooks.InForce book = inForce.of(caller.tenant().region());
    List<Finding> found = new ClauseReview(book.book()).review(clauses, facts);
    DocumentFiles.Stored stored = files.store(caller.tenant(), name, content);
    int pages = paragraphs.stream().mapToInt(Paragraph::page).max().orElse(0);
    return new Reviewed(new ReviewedFile(stored.fileId(), name, stored.size(), stored.sha256(), pages,
        paragraphs.size(), clauses.size(), book.version(), caller.login().value(), at), found, book.book());
  }

  private void reviewer(Caller caller, String action) {
    if (!caller.may(Permission.REVIEW_DOCUMENTS)) {
      throw new AccessDeniedException(action);
    }
  }

  private boolean office(Caller caller) {
    return reach.office(caller);
  }

  private DocumentReview load(Caller caller, String id, String purpose) {
    return reach.load(caller, id, purpose, "reviewId", reviews::find, reviews::find);
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), WorkingCalendar.ZONE);
  }
}
