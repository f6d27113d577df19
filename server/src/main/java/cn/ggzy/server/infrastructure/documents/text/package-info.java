/**
 * Reading tender documents' text (.docx and .doc with Apache POI, .pdf with PDFBox, .txt) into
 * paragraphs with their pages, and Chinese word segmentation (Lucene's smartcn) for comparing a
 * document with its model text.
 */
package cn.ggzy.server.infrastructure.documents.text;
