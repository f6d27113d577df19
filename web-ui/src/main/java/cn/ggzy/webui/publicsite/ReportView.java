package cn.ggzy.webui.publicsite;

import cn.ggzy.webui.layout.MainLayout;
import com.vaadin.flow.router.Route;
import jakarta.enterprise.context.Dependent;

/** 举报: the public page of this service (not open yet). */
@Route(value = "reports/new", layout = MainLayout.class)
@Dependent
public class ReportView extends ServicePage {
  public ReportView() {
    super(Entrance.REPORT);
  }
}
