package cn.ggzy.mobileapi;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The mobile API under {@code /api}; officers authenticate with a bearer JWT. */
@ApplicationPath("/api")
@LoginConfig(authMethod = "MP-JWT", realmName = "supervision")
@DeclareRoles({Roles.SYSTEM_ADMIN, Roles.OFFICE_LEADER, Roles.OFFICE_OFFICER, Roles.DEPARTMENT_HEAD,
    Roles.DEPARTMENT_OFFICER})
@OpenAPIDefinition(info = @Info(title = "公共资源交易综合监管联动执法平台 Mobile API", version = "1",
    description = "Officer and public phone apps. Errors: {code, message (zh-CN), messageEn, field}."))
@SecurityScheme(securitySchemeName = "jwt", type = SecuritySchemeType.HTTP, scheme = "bearer",
    bearerFormat = "JWT")
public class MobileApiApplication extends Application {}
