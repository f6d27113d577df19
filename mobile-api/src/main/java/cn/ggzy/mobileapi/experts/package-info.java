/** Evaluation experts over HTTP: the public application, invitation replies and draw verification; the office's pool and the draws. */
package cn.ggzy.mobileapi.experts;
