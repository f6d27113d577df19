/** Default implementations of the use cases. */
package cn.ggzy.server.application.internal;
