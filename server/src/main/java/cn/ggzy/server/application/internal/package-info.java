/**
 * Default implementations of the application's use cases, one sub-package per aggregate, mirroring
 * {@code domain.model.<aggregate>}. Nothing outside the application layer depends on these classes:
 * the web UI, the API and infrastructure use the interfaces in {@code cn.ggzy.server.application}.
 */
package cn.ggzy.server.application.internal;
