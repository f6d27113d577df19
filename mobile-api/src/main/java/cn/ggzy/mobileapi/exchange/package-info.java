/** 数据交换: the national public-resource-trading data format and OCDS 1.1, both ways, for the trading platforms. */
package cn.ggzy.mobileapi.exchange;
