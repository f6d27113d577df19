/** The case documents as Chinese PDF, laid out with Apache PDFBox and an embedded CJK font. */
package cn.ggzy.server.infrastructure.documents.pdf;
