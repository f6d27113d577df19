package cn.ggzy.server.domain.model.project;

/** What a contract buys: works (施工), important goods (货物), or survey, design and supervision services (服务). */
public enum ContractKind {
  CONSTRUCTION, GOODS, SERVICES
}
