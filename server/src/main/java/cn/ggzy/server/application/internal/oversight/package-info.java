/** 督查: the oversight board (cases, approvals, accesses per department and officer) and 督办 notices. */
package cn.ggzy.server.application.internal.oversight;
