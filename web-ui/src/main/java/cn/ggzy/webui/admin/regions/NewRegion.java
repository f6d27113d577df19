package cn.ggzy.webui.admin.regions;

/** What the add-region form asks for: the region and its supervision office. */
public record NewRegion(String code, String nameZh, String nameEn, String caseNumberPrefix,
    String officeNameZh, String officeNameEn) {}
