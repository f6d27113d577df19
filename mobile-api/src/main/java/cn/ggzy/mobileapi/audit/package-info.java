/** Mobile API: the audit trail's tamper check for the office, department heads and administrators. */
package cn.ggzy.mobileapi.audit;
