package cn.ggzy.webui.admin.regions;

import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.TenantDirectory;
import cn.ggzy.webui.i18n.DomainErrors;
import cn.ggzy.webui.layout.MainLayout;
import cn.ggzy.webui.layout.ViewFrame;
import cn.ggzy.webui.session.AccessControl;
import cn.ggzy.webui.session.CurrentOfficer;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.function.Function;

/** Regions and departments (the tenants), for system administrators only. */
@Route(value = "console/regions", layout = MainLayout.class)
@Dependent
public class RegionsView extends ViewFrame implements HasDynamicTitle, BeforeEnterObserver {
  private final TenantDirectory directory;
  private final Function<String, String> texts = key -> getTranslation(key);
  private final RegionList list = new RegionList(texts);
  private final RegionForm regionForm = new RegionForm(texts);
  private final DepartmentForm departmentForm;

  @Inject
  public RegionsView(TenantDirectory directory) {
    this.directory = directory;
    setHeading(getTranslation("regions.title"));
    departmentForm = new DepartmentForm(directory.regions(), getLocale(), texts);
    regionForm.addSaveListener(e -> addRegion(e.region()));
    departmentForm.addSaveListener(e -> addDepartment(e.department()));
    Details addRegion = new Details(getTranslation("regions.add"), regionForm);
    addRegion.setId("region-add");
    Details addDepartment = new Details(getTranslation("departments.add"), departmentForm);
    addDepartment.setId("department-add");
    addContent(list, new H3(getTranslation("regions.changes")), addDepartment, addRegion);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    if (CurrentOfficer.get().filter(Caller::isSystemAdmin).isEmpty()) {
      event.forwardTo(AccessControl.CONSOLE);
    } else {
      refresh();
    }
  }

  private void addRegion(NewRegion r) {
    if (!DomainErrors.run(() -> directory.addRegion(caller(), r.code(), r.nameZh(), r.nameEn(), r.caseNumberPrefix(),
        r.officeNameZh(), r.officeNameEn()), getLocale(), regionForm)) {
      return;
    }
    regionForm.clear();
    DomainErrors.confirm(getTranslation("regions.added"));
    refresh();
  }

  private void addDepartment(NewDepartment d) {
    if (d.region() == null) {
      departmentForm.showFieldError("region", getTranslation("departments.region.required"));
      return;
    }
    if (!DomainErrors.run(() -> directory.addDepartment(caller(), d.region(), d.code(), d.nameZh(), d.nameEn(),
        d.kind()), getLocale(), departmentForm)) {
      return;
    }
    departmentForm.clearDepartment();
    DomainErrors.confirm(getTranslation("departments.added"));
    refresh();
  }

  private void refresh() {
    var regions = directory.regions();
    list.show(regions, getLocale());
    departmentForm.setRegions(regions);
  }

  private Caller caller() {
    return CurrentOfficer.require();
  }

  @Override
  public String getPageTitle() {
    return getTranslation("regions.title") + " · " + getTranslation("app.title");
  }
}
