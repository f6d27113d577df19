/**
 * 招标文件审查 over HTTP: reviews of tender documents, their findings and rectification notices, the
 * region's rule book and model texts (范本).
 */
package cn.ggzy.mobileapi.reviews;
