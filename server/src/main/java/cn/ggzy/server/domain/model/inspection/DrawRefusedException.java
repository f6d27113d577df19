package cn.ggzy.server.domain.model.inspection;

import cn.ggzy.server.domain.model.StateConflictException;

/**
 * The rules cannot be kept: no object in scope, or an object for which recusal leaves too few
 * inspectors for a team, or no inspector of another department for a joint team. Names the object
 * and the numbers, so that the office can fix the roster or the plan.
 */
public class DrawRefusedException extends StateConflictException {
  /** Why no draw is possible. */
  public enum Reason {
    NO_OBJECTS("inspection.draw.noObjects"),
    TOO_FEW_INSPECTORS("inspection.draw.tooFewInspectors"),
    NO_OTHER_DEPARTMENT("inspection.draw.noOtherDepartment");

    private final String code;

    Reason(String code) {
      this.code = code;
    }

    public String code() {
      return code;
    }
  }

  private final Reason reason;
  private final String objectId;
  private final String objectName;
  private final int eligible;
  private final int needed;

  public DrawRefusedException(Reason reason, String objectId, String objectName, int eligible, int needed) {
    super(reason.code(), "objects");
    this.reason = reason;
    this.objectId = objectId;
    this.objectName = objectName;
    this.eligible = eligible;
    this.needed = needed;
  }

  public Reason reason() {
    return reason;
  }

  public String objectId() {
    return objectId;
  }

  public String objectName() {
    return objectName;
  }

  /** Inspectors left for the object after recusal. */
  public int eligible() {
    return eligible;
  }

  /** The team size. */
  public int needed() {
    return needed;
  }
}
