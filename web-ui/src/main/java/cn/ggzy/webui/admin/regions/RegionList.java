package cn.ggzy.webui.admin.regions;

import cn.ggzy.tenants.Department;
import cn.ggzy.tenants.Region;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** Every region, unfolding into its departments (name, tenant id, kind). */
class RegionList extends Div {
  private final Function<String, String> texts;

  RegionList(Function<String, String> texts) {
    this.texts = texts;
    setId("region-list");
    addClassName("region-list");
  }

  void show(List<Region> regions, Locale locale) {
    removeAll();
    for (Region region : regions) {
      Div departments = new Div();
      departments.addClassName("department-list");
      region.departments().forEach(d -> departments.add(row(d, locale)));
      String summary = region.name(locale) + " · " + region.code().value() + " · "
          + texts.apply("regions.prefix") + " " + region.caseNumberPrefix();
      Details details = new Details(summary, departments);
      details.setId("region-" + region.code().value());
      details.setOpened(regions.size() == 1);
      add(details);
    }
  }

  private Div row(Department d, Locale locale) {
    Span name = new Span(d.name(locale));
    name.addClassName("department-name");
    Span meta = new Span(d.id().value() + " · " + texts.apply("departmentKind." + d.kind().name()));
    meta.addClassName("department-meta");
    Div row = new Div(name, meta);
    row.addClassName("department-row");
    row.setId("department-" + d.id().value());
    return row;
  }
}
