package cn.ggzy.server.domain.model.inspection;

/** An entry of a plan's configurable conflict list: this officer never inspects this object. */
public record Conflict(String login, String objectCode, String note) {
  public Conflict {
    login = Inputs.required(login, 32, "conflicts.login");
    objectCode = Inputs.code(objectCode, "conflicts.objectCode");
    note = Inputs.optional(note, 200, "conflicts.note");
  }
}
