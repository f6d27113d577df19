/** 督查: the leading group's supervision of the supervisors — 督办 notices to departments, tracked to their answer. */
package cn.ggzy.server.domain.model.oversight;
