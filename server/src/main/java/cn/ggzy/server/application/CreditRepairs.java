package cn.ggzy.server.application;

import cn.ggzy.server.application.CreditViews.Page;
import cn.ggzy.server.application.CreditViews.RepairView;
import cn.ggzy.server.application.PublicCreditViews.RepairReceipt;
import cn.ggzy.server.domain.model.credit.RepairRequest;

/**
 * Credit repair (信用修复): the listed subject applies on the public site once the minimum period has
 * passed; the department decides within 3 working days after receipt on the region's calendar,
 * extendable once by 3; an approval takes the entry off the public list the same day.
 */
public interface CreditRepairs {
  /** A public application (no login) in the region (code as typed); the receipt number is the application's id. */
  RepairReceipt apply(String region, String entryId, RepairRequest request);

  Page<RepairView> applications(Caller caller, boolean openOnly, int offset, int limit);

  RepairView find(Caller caller, String repairId);

  RepairView extend(Caller caller, String repairId, long version, String reason);

  RepairView decide(Caller caller, String repairId, long version, boolean approve, String text);
}
