/** Tender data imported per department: the bids of each section (标段) with their bid-file traces and the award. */
package cn.ggzy.server.domain.model.tender;
