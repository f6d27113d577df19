package cn.ggzy.webui.publicsite;

import cn.ggzy.tenants.Region;
import cn.ggzy.webui.i18n.Texts;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.Locale;

/** The region a filing goes to: asked only when the platform serves more than one. */
public class RegionChoice extends Select<Region> {

  public RegionChoice(String id, Texts texts) {
    setId(id);
    setLabel(texts.get("filing.region"));
    setRequiredIndicatorVisible(true);
    setVisible(false);
    addValueChangeListener(e -> setInvalid(false));
  }

  public void setRegions(List<Region> regions, Locale locale) {
    setItemLabelGenerator(r -> r.name(locale));
    setItems(regions);
    setVisible(regions.size() > 1);
    if (regions.size() == 1) {
      setValue(regions.get(0));
    }
  }

  /** The chosen region's code, or null. */
  public String code() {
    return getValue() == null ? null : getValue().code().value();
  }
}
