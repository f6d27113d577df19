/** Credit records, red and black lists, repairs and the public credit views. */
package cn.ggzy.server.application.internal.credit;
