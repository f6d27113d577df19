/** 督查: the office's oversight board and 督办 notices; a department's notices and its head's answers. */
package cn.ggzy.webui.oversight;
