package cn.ggzy.webui.publicsite;

import cn.ggzy.webui.layout.MainLayout;
import com.vaadin.flow.router.Route;
import jakarta.enterprise.context.Dependent;

/** 进度查询: the public page of this service (not open yet). */
@Route(value = "tracking", layout = MainLayout.class)
@Dependent
public class TrackingView extends ServicePage {
  public TrackingView() {
    super(Entrance.TRACKING);
  }
}
