package cn.ggzy.webui.inspections;

import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.InspectionRosters;
import cn.ggzy.server.application.InspectionViews.ImportReport;
import cn.ggzy.server.application.InspectionViews.InspectorView;
import cn.ggzy.server.application.InspectionViews.ObjectView;
import cn.ggzy.server.application.Messages;
import cn.ggzy.server.application.Permission;
import cn.ggzy.tenants.Department;
import cn.ggzy.webui.i18n.DomainErrors;
import cn.ggzy.webui.i18n.FieldErrors;
import cn.ggzy.webui.i18n.Texts;
import cn.ggzy.webui.layout.MainLayout;
import cn.ggzy.webui.layout.ViewFrame;
import cn.ggzy.webui.session.AccessControl;
import cn.ggzy.webui.session.CurrentOfficer;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import java.util.stream.Collectors;

/**
 * 抽查名录: the roster of inspection objects (entered or imported from CSV) and of certified
 * inspectors (执法证号, valid until) of a department; the office chooses any department of its region.
 */
@Route(value = InspectionNavigation.ROSTERS, layout = MainLayout.class)
@Dependent
public class RostersView extends ViewFrame implements HasDynamicTitle, BeforeEnterObserver {
  private final InspectionRosters rosters;
  private final Select<Department> department = new Select<>();
  private final Grid<ObjectView> objects = new Grid<>();
  private final Grid<InspectorView> inspectors = new Grid<>();
  private final Upload upload = new Upload();
  private final Paragraph importResult = new Paragraph();
  private ObjectForm objectForm;
  private InspectorForm inspectorForm;

  @Inject
  public RostersView(InspectionRosters rosters) {
    this.rosters = rosters;
    setHeading(getTranslation("inspections.rosters.title"));
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    if (CurrentOfficer.get().filter(c -> c.may(Permission.MANAGE_INSPECTIONS)).isEmpty()) {
      event.forwardTo(AccessControl.CONSOLE);
      return;
    }
    List<Department> departments = rosters.departments(caller());
    Texts texts = this::getTranslation;
    department.setId("roster-department");
    department.setLabel(getTranslation("inspections.rosters.department"));
    department.setItems(departments);
    department.setItemLabelGenerator(d -> d.name(getLocale()));
    department.setVisible(departments.size() > 1);
    department.addValueChangeListener(e -> refresh());
    objectForm = new ObjectForm(departments, getLocale(), texts);
    objectForm.onSave(input -> {
      if (Attempt.run(() -> rosters.saveObject(caller(), chosen(), input), getLocale(), objectForm)) {
        saved(objectForm::clear);
      }
    });
    inspectorForm = new InspectorForm(texts);
    inspectorForm.onSave(input -> {
      if (Attempt.run(() -> rosters.saveInspector(caller(), chosen(), input), getLocale(), inspectorForm)) {
        saved(() -> { });
      }
    });
    upload.setId("object-import");
    upload.setMaxFiles(1);
    upload.setAcceptedFileTypes(".csv", "text/csv");
    upload.setUploadButton(new Button(getTranslation("inspections.rosters.import")));
    upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> imported(bytes)));
    importResult.setId("object-import-result");
    objectGrid();
    inspectorGrid();
    addContent(department, new H3(getTranslation("inspections.rosters.objects")), objectForm,
        new Paragraph(getTranslation("inspections.rosters.import.help")), upload, importResult, objects,
        new H3(getTranslation("inspections.rosters.inspectors")),
        new Paragraph(getTranslation("inspections.rosters.inspectors.help")), inspectorForm, inspectors);
    departments.stream().filter(d -> d.id().equals(caller().tenant())).findFirst()
        .or(() -> departments.stream().findFirst()).ifPresent(department::setValue);
  }

  private void saved(Runnable then) {
    then.run();
    refresh();
    DomainErrors.confirm(getTranslation("inspections.saved"));
  }

  private void imported(byte[] bytes) {
    upload.clearFileList();
    Attempt.of(() -> rosters.importObjects(caller(), chosen(), bytes), getLocale(), FieldErrors.NONE)
        .ifPresent(this::showImport);
  }

  private void showImport(ImportReport report) {
    if (report.errors().isEmpty()) {
      importResult.setText(getTranslation("inspections.rosters.imported", report.imported()));
      refresh();
    } else {
      importResult.setText(getTranslation("inspections.rosters.importRefused") + " " + report.errors().stream()
          .map(e -> getTranslation("inspections.rosters.line", e.line()) + " " + Messages.text(e.code(), getLocale())
              + (e.column() == null ? "" : " (" + e.column() + ")"))
          .collect(Collectors.joining("；")));
    }
  }

  private void objectGrid() {
    objects.setId("objects-grid");
    objects.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
    objects.setAllRowsVisible(true);
    objects.addColumn(o -> o.code() + " " + o.name()).setHeader(getTranslation("inspections.object.name"))
        .setFlexGrow(3);
    objects.addColumn(o -> getTranslation("inspections.kind." + o.kind().name()))
        .setHeader(getTranslation("inspections.object.kind"));
    objects.addColumn(o -> (o.complaints() ? getTranslation("inspections.object.complaints") + " " : "")
        + (o.lowCredit() ? getTranslation("inspections.object.lowCredit") : ""))
        .setHeader(getTranslation("inspections.object.weight"));
    objects.addComponentColumn(o -> remove(() -> rosters.removeObject(caller(), chosen(), o.code())))
        .setWidth("64px").setFlexGrow(0);
  }

  private void inspectorGrid() {
    inspectors.setId("inspectors-grid");
    inspectors.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
    inspectors.setAllRowsVisible(true);
    inspectors.addColumn(i -> i.displayName() + " (" + i.login() + ")")
        .setHeader(getTranslation("inspections.inspector.login")).setFlexGrow(2);
    inspectors.addColumn(InspectorView::certificateNumber).setHeader(getTranslation("inspections.inspector.certificate"));
    inspectors.addColumn(i -> i.validUntil() + (i.certified() ? "" : " " + getTranslation("inspections.inspector.expired")))
        .setHeader(getTranslation("inspections.inspector.validUntil"));
    inspectors.addComponentColumn(i -> remove(() -> rosters.removeInspector(caller(), chosen(), i.login())))
        .setWidth("64px").setFlexGrow(0);
  }

  private Button remove(Runnable action) {
    Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
      if (Attempt.run(action, getLocale(), FieldErrors.NONE)) {
        refresh();
      }
    });
    remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
    remove.setAriaLabel(getTranslation("inspections.remove"));
    return remove;
  }

  private void refresh() {
    if (department.getValue() == null) {
      return;
    }
    boolean maintain = rosters.mayMaintain(caller(), chosen());
    objectForm.setVisible(maintain);
    inspectorForm.setVisible(maintain);
    upload.setVisible(maintain);
    Attempt.of(() -> rosters.objects(caller(), chosen()), getLocale(), FieldErrors.NONE).ifPresent(objects::setItems);
    Attempt.of(() -> rosters.inspectors(caller(), chosen()), getLocale(), FieldErrors.NONE)
        .ifPresent(inspectors::setItems);
  }

  private String chosen() {
    return department.getValue() == null ? null : department.getValue().id().value();
  }

  private Caller caller() {
    return CurrentOfficer.require();
  }

  @Override
  public String getPageTitle() {
    return getTranslation("inspections.rosters.title") + " · " + getTranslation("app.title");
  }
}
