/** Bid-rigging analytics (围标串标): co-bidding views and section screening. */
package cn.ggzy.server.application.internal.rigging;
