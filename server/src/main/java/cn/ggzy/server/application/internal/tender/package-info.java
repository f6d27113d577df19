/** Imports of tender sections, bids and the data that screening reads. */
package cn.ggzy.server.application.internal.tender;
