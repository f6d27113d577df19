/**
 * The public pages of the evaluation experts (评标专家): the application to enter the pool, an
 * invited expert's reply, and a draw's published commitments and verification.
 */
package cn.ggzy.webui.experts;
