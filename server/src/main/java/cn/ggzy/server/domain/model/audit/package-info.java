/** The audit trail: who read or changed what, when and why. */
package cn.ggzy.server.domain.model.audit;
