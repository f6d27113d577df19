package cn.ggzy.webui.publicsite;

import cn.ggzy.webui.layout.MainLayout;
import com.vaadin.flow.router.Route;
import jakarta.enterprise.context.Dependent;

/** 投诉: the public page of this service (not open yet). */
@Route(value = "complaints/new", layout = MainLayout.class)
@Dependent
public class ComplaintView extends ServicePage {
  public ComplaintView() {
    super(Entrance.COMPLAINT);
  }
}
