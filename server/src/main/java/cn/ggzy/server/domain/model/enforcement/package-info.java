/** The case register (统一立案): enforcement cases, their workflow and their legal clocks. */
package cn.ggzy.server.domain.model.enforcement;
