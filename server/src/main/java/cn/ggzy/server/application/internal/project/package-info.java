/** The use cases of the register of projects that must be tendered: imports, checks, alert decisions. */
package cn.ggzy.server.application.internal.project;
