package cn.ggzy.server.domain.model.tender;

/** A section (标段) of a project, by the codes the e-tendering system gives them. */
public record SectionKey(String projectCode, String sectionCode) {

  @Override
  public String toString() {
    return projectCode + "/" + sectionCode;
  }
}
