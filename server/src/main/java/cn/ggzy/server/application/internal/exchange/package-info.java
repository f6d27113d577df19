/** Data exchange: the national public-resource-trading data format (JSON, XML) and OCDS 1.1 release packages. */
package cn.ggzy.server.application.internal.exchange;
