/** The officers' pages of the evaluation experts: the pool (专家库) and the draws (专家抽取). */
package cn.ggzy.webui.experts.console;
