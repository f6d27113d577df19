/** MicroProfile Health checks. */
package cn.ggzy.server.infrastructure.health;
