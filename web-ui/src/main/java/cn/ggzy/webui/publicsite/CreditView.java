package cn.ggzy.webui.publicsite;

import cn.ggzy.webui.layout.MainLayout;
import com.vaadin.flow.router.Route;
import jakarta.enterprise.context.Dependent;

/** 红黑名单: the public page of this service (not open yet). */
@Route(value = "credit", layout = MainLayout.class)
@Dependent
public class CreditView extends ServicePage {
  public CreditView() {
    super(Entrance.CREDIT);
  }
}
