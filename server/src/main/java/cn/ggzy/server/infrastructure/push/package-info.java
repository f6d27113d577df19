/** Push adapters: one per push service, each behind the {@code DevicePush} port. */
package cn.ggzy.server.infrastructure.push;
