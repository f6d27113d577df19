/**
 * 双随机一公开: rosters, inspection plans, the verifiable random draw of objects and inspector teams
 * (its document, rules and result, over the shared draw kernel {@code domain.model.draw}),
 * inspection tasks and their publication.
 */
package cn.ggzy.server.domain.model.inspection;
