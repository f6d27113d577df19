package cn.ggzy.webui.cases;

import cn.ggzy.server.application.CaseRegister.InboxRequest;
import cn.ggzy.server.application.CaseViews.InboxPage;
import cn.ggzy.server.application.CaseViews.Line;
import com.vaadin.flow.data.provider.AbstractBackEndDataProvider;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.function.SerializableFunction;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The inbox paged in the database: the grid's window (offset, limit) becomes an inbox request, in
 * slices of at most {@value #MAX_LIMIT} lines (the backend's page limit); the count is the
 * backend's total. The backend sorts by due date.
 */
public class InboxDataProvider extends AbstractBackEndDataProvider<Line, Void> {
  static final int MAX_LIMIT = 200;
  private final SerializableFunction<InboxRequest, InboxPage> inbox;
  private InboxCriteria criteria;

  public InboxDataProvider(SerializableFunction<InboxRequest, InboxPage> inbox, InboxCriteria criteria) {
    this.inbox = inbox;
    this.criteria = criteria;
  }

  public InboxCriteria criteria() {
    return criteria;
  }

  /** Filters anew and lets the grid fetch from the first line. */
  public void setCriteria(InboxCriteria criteria) {
    this.criteria = criteria;
    refreshAll();
  }

  @Override
  protected Stream<Line> fetchFromBackEnd(Query<Line, Void> query) {
    List<Line> lines = new ArrayList<>();
    int offset = query.getOffset();
    int wanted = query.getLimit();
    while (wanted > 0) {
      int slice = Math.min(wanted, MAX_LIMIT);
      InboxPage page = inbox.apply(criteria.page(offset, slice));
      lines.addAll(page.lines());
      if (page.lines().size() < slice) {
        break;
      }
      offset += slice;
      wanted -= slice;
    }
    return lines.stream();
  }

  @Override
  protected int sizeInBackEnd(Query<Line, Void> query) {
    return (int) Math.min(Integer.MAX_VALUE, inbox.apply(criteria.page(0, 1)).total());
  }
}
