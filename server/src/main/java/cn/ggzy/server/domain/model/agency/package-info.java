/**
 * 代理机构考核: the register of tender agencies, the office's assessment method (indicators, weights,
 * grades, the appeal period) and each agency's assessment for a quarter or a year.
 */
package cn.ggzy.server.domain.model.agency;
