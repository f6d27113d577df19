/** The stored tenant catalogue: regions and their departments (the roots above all tenant data). */
package cn.ggzy.server.domain.model.region;
