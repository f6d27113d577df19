package cn.ggzy.webui.layout;

import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.Permission;
import cn.ggzy.server.application.TenantDirectory;
import cn.ggzy.webui.i18n.DepartmentNames;
import cn.ggzy.webui.i18n.Texts;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.router.BeforeEnterEvent;

/**
 * A console page whose heart is a list paged in the database (a department's own; the office's, every
 * department's of its region, each item named with its department) with, above it, a form that adds
 * to the list, folded away until wanted and open by itself while the list is empty. Entering the page
 * and adding to the list show the first page; the list's buttons show the page they ask for.
 */
public abstract class PagedListPage extends ConsolePage {
  /** How many items a page of the list holds. */
  protected static final int PAGE_SIZE = 20;
  protected final Texts texts = this::getTranslation;
  /** The form that adds to the list, folded. */
  protected final Details adding = new Details();
  private final TenantDirectory directory;
  private Caller caller;

  /**
   * @param addingKey the folded form's summary
   * @param addingId the folded form's id
   */
  protected PagedListPage(Permission permission, String headingKey, String addingKey, String addingId,
      TenantDirectory directory) {
    super(permission, headingKey);
    this.directory = directory;
    adding.setSummaryText(getTranslation(addingKey));
    adding.setId(addingId);
    adding.setWidthFull();
  }

  /** The caller on this page. */
  protected Caller caller() {
    return caller;
  }

  @Override
  protected void enter(Caller officer, BeforeEnterEvent event) {
    caller = officer;
    showFirstPage();
  }

  /** Shows the first page (on entering, after an addition). */
  protected void showFirstPage() {
    showPage(0);
  }

  /** Shows the page from {@code from}, as the list's buttons ask. */
  protected void showPage(int from) {
    if (loadPage(caller, from, PAGE_SIZE) == 0) {
      adding.setOpened(true);
    }
  }

  /** The name of an item's department in the page's language; {@code fallback} (the Chinese one) when unknown. */
  protected String departmentName(String tenant, String fallback) {
    return DepartmentNames.name(directory, tenant, fallback, getLocale());
  }

  /** Loads the page ({@code limit} items from {@code offset}) and shows it; answers how many the list holds in all. */
  protected abstract long loadPage(Caller caller, int offset, int limit);
}
