package cn.ggzy.server.infrastructure.calendar;

import cn.ggzy.server.domain.model.calendar.LunarDates;
import com.nlf.calendar.Lunar;
import com.nlf.calendar.Solar;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;

/**
 * Lunar dates and solar terms from the lunar-java library (cn.6tail:lunar, MIT), which computes
 * them astronomically (the 1900–2100 range covers every year a calendar holds).
 */
@ApplicationScoped
public class LunarJavaDates implements LunarDates {
  @Override
  public LocalDate lunar(int year, int month, int day) {
    return date(Lunar.fromYmd(year, month, day).getSolar());
  }

  @Override
  public LocalDate qingming(int year) {
    Solar qingming = Lunar.fromYmd(year, 1, 1).getJieQiTable().get("清明");
    LocalDate date = date(qingming);
    if (date.getYear() != year) {
      throw new IllegalStateException("清明 of " + year + " computed as " + date);
    }
    return date;
  }

  private static LocalDate date(Solar solar) {
    return LocalDate.of(solar.getYear(), solar.getMonth(), solar.getDay());
  }
}
