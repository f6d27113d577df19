package cn.ggzy.server.domain.model.project;

/** Who organises the tender: the employer itself (自行招标) or an agency (委托招标). */
public enum Organisation {
  SELF, AGENCY
}
