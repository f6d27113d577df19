/**
 * Console pages of the tender-document review (招标文件审查): the reviews with the upload of a
 * document, one review with its findings, decisions, rectification notice and corrected documents,
 * and the region's rule book.
 */
package cn.ggzy.webui.reviews;
