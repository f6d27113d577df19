/** Domain services as interfaces, implemented in infrastructure. */
package cn.ggzy.server.domain.service;
