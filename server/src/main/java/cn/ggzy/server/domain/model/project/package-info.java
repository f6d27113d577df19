/**
 * Projects that must be tendered (应进必进、应招必招): the register of approved projects (审批、核准、
 * 备案) with their planned contracts and the tenders recorded for them, the thresholds of the rules
 * on projects that must be tendered as a calendar of amounts, and the checks that raise alerts: a
 * contract over the threshold not tendered in the platform by its planned date, a tender whose
 * method or organisation form differs from the approval, contracts split just below the threshold.
 */
package cn.ggzy.server.domain.model.project;
