package cn.ggzy.webui.i18n;

import cn.ggzy.server.domain.model.account.Role;
import java.util.Collection;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The translated names of roles (系统管理员, 监管办领导, ...); keys {@code role.<ROLE>}. */
public final class RoleNames {
  private RoleNames() {}

  public static String key(Role role) {
    return "role." + role.name();
  }

  public static String name(Role role, Function<String, String> texts) {
    return texts.apply(key(role));
  }

  /** The roles in their declared order, separated by the language's list separator. */
  public static String names(Collection<Role> roles, Function<String, String> texts) {
    return roles.stream().sorted().map(r -> name(r, texts))
        .collect(Collectors.joining(texts.apply("list.separator")));
  }
}
