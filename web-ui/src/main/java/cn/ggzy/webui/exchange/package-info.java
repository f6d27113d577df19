/** 数据交换: the console page that imports and exports national-format batches and OCDS packages. */
package cn.ggzy.webui.exchange;
