/** 双随机一公开: rosters, inspection plans, the verifiable random draw, inspection tasks and their publication. */
package cn.ggzy.server.domain.model.inspection;
