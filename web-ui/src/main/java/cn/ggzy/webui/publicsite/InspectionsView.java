package cn.ggzy.webui.publicsite;

import cn.ggzy.webui.layout.MainLayout;
import com.vaadin.flow.router.Route;
import jakarta.enterprise.context.Dependent;

/** 检查结果公示: the public page of this service (not open yet). */
@Route(value = "inspections", layout = MainLayout.class)
@Dependent
public class InspectionsView extends ServicePage {
  public InspectionsView() {
    super(Entrance.INSPECTIONS);
  }
}
