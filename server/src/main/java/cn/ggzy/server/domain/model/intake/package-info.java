/** Complaints and reports filed on the public channel (投诉举报): submissions, evidence, access codes. */
package cn.ggzy.server.domain.model.intake;
