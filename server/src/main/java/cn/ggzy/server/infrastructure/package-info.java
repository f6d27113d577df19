/** Adapters: one package per concern and technology. */
package cn.ggzy.server.infrastructure;
