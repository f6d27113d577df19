package cn.ggzy.server.domain.model.credit;

import cn.ggzy.tenants.RegionCode;

/** A subject of a region's credit register (one per credit code or ID number and region). */
public record CreditSubject(SubjectId id, RegionCode region, SubjectIdentity identity) {}
