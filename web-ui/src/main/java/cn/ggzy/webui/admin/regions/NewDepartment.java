package cn.ggzy.webui.admin.regions;

import cn.ggzy.tenants.DepartmentKind;
import cn.ggzy.tenants.RegionCode;

/** What the add-department form asks for. */
public record NewDepartment(RegionCode region, String code, String nameZh, String nameEn,
    DepartmentKind kind) {}
