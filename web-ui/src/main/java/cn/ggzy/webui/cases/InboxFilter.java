package cn.ggzy.webui.cases;

import cn.ggzy.server.application.CaseRegister.Inbox;
import cn.ggzy.server.domain.model.enforcement.CaseSource;
import cn.ggzy.server.domain.model.enforcement.CaseStatus;
import cn.ggzy.tenants.Department;
import cn.ggzy.webui.i18n.Texts;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which inbox (tabs 我的案件 / 本部门 / 全部门) and the filters: status, source, department (for
 * the office's inbox), overdue only, case number. Any change fires {@link ChangeEvent}.
 */
public class InboxFilter extends VerticalLayout {
  final Tabs tabs = new Tabs();
  final Map<Inbox, Tab> tabByInbox = new EnumMap<>(Inbox.class);
  final MultiSelectComboBox<CaseStatus> statuses = new MultiSelectComboBox<>();
  final Select<CaseSource> source = new Select<>();
  final Select<Department> department = new Select<>();
  final Checkbox overdueOnly = new Checkbox();
  final TextField number = new TextField();
  final Details details = new Details();

  public InboxFilter(List<Inbox> inboxes, Inbox selected, List<Department> departments, Locale locale,
      Texts texts, CaseVocabulary words) {
    setPadding(false);
    setSpacing(false);
    addClassName("inbox-filter");
    tabs.setId("inbox-tabs");
    for (Inbox inbox : inboxes) {
      Tab tab = new Tab(texts.get("cases.inbox." + inbox.name()));
      tab.setId("inbox-" + inbox.name());
      tabByInbox.put(inbox, tab);
      tabs.add(tab);
    }
    tabs.setSelectedTab(tabByInbox.getOrDefault(selected, tabByInbox.get(inboxes.get(0))));
    statuses.setId("filter-status");
    statuses.setLabel(texts.get("cases.filter.status"));
    statuses.setItems(CaseStatus.values());
    statuses.setItemLabelGenerator(words::status);
    source.setId("filter-source");
    source.setLabel(texts.get("cases.filter.source"));
    source.setEmptySelectionAllowed(true);
    source.setEmptySelectionCaption(texts.get("cases.filter.any"));
    source.setItems(CaseSource.values());
    source.setItemLabelGenerator(s -> s == null ? texts.get("cases.filter.any") : words.source(s));
    department.setId("filter-department");
    department.setLabel(texts.get("cases.filter.department"));
    department.setEmptySelectionAllowed(true);
    department.setEmptySelectionCaption(texts.get("cases.filter.any"));
    department.setItems(departments);
    department.setItemLabelGenerator(d -> d == null ? texts.get("cases.filter.any") : d.name(locale));
    overdueOnly.setId("filter-overdue");
    overdueOnly.setLabel(texts.get("cases.filter.overdue"));
    number.setId("filter-number");
    number.setLabel(texts.get("cases.filter.number"));
    number.setClearButtonVisible(true);
    number.setValueChangeMode(ValueChangeMode.LAZY);
    FormLayout fields = new FormLayout(statuses, source, department, number, overdueOnly);
    fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
    details.setSummaryText(texts.get("cases.filter.title"));
    details.setId("inbox-filters");
    details.add(fields);
    details.setWidthFull();
    add(tabs, details);
    tabs.addSelectedChangeListener(e -> changed());
    statuses.addValueChangeListener(e -> changed());
    source.addValueChangeListener(e -> changed());
    department.addValueChangeListener(e -> changed());
    overdueOnly.addValueChangeListener(e -> changed());
    number.addValueChangeListener(e -> changed());
    showDepartment();
  }

  /** Starts with these statuses and the overdue switch (a link from the console); the filters open when set. */
  public void preset(Set<CaseStatus> wanted, boolean overdue, String tenant) {
    if (!wanted.isEmpty()) {
      statuses.setValue(wanted);
    }
    if (overdue) {
      overdueOnly.setValue(true);
    }
    Department chosen = department.getListDataView().getItems().filter(d -> d.id().value().equals(tenant))
        .findFirst().orElse(null);
    if (chosen != null) {
      department.setValue(chosen);
    }
    if (!wanted.isEmpty() || overdue || chosen != null) {
      details.setOpened(true);
    }
  }

  public InboxCriteria criteria() {
    Department d = department.getValue();
    return new InboxCriteria(inbox(), statuses.getValue(), source.getValue(), d == null ? null : d.id().value(),
        overdueOnly.getValue(), number.getValue());
  }

  Inbox inbox() {
    Tab tab = tabs.getSelectedTab();
    return Arrays.stream(Inbox.values()).filter(i -> tabByInbox.get(i) == tab).findFirst().orElse(Inbox.MINE);
  }

  /** Shows the filters open (on wide screens) or folded (on a phone). */
  public void setOpened(boolean opened) {
    details.setOpened(opened);
  }

  private void changed() {
    showDepartment();
    fireEvent(new ChangeEvent(this, criteria()));
  }

  private void showDepartment() {
    department.setVisible(inbox() == Inbox.OFFICE);
  }

  public Registration addChangeListener(ComponentEventListener<ChangeEvent> listener) {
    return addListener(ChangeEvent.class, listener);
  }

  /** The officer changed the inbox or a filter. */
  public static class ChangeEvent extends ComponentEvent<InboxFilter> {
    private final InboxCriteria criteria;

    ChangeEvent(InboxFilter source, InboxCriteria criteria) {
      super(source, false);
      this.criteria = criteria;
    }

    public InboxCriteria criteria() {
      return criteria;
    }
  }
}
