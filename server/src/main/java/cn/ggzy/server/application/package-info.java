/** Use cases, one interface per area; implementations in {@code internal} load, act, store, audit. */
package cn.ggzy.server.application;
