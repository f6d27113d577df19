package cn.ggzy.server.domain.model.expert;

/** One entry of the specialty code list (评标专家专业分类): its code, names, and the code of its parent class. */
public record Specialty(String code, String nameZh, String nameEn, String parent) {}
