/** 串标网络: the co-bidding groups, their network picture and the bidder pages in the console. */
package cn.ggzy.webui.network;
