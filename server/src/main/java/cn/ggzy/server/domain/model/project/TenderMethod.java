package cn.ggzy.server.domain.model.project;

/** How a contract is awarded: open tender (公开招标), invited tender (邀请招标), or not tendered (不招标). */
public enum TenderMethod {
  OPEN, INVITED, NONE
}
