package cn.ggzy.webui.admin.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.domain.model.account.Role;
import cn.ggzy.tenants.Department;
import cn.ggzy.tenants.DepartmentKind;
import cn.ggzy.tenants.TenantId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AccountFormTest {
  static final Department OFFICE = new Department(TenantId.of("421181-jgb"),
      "麻城市公共资源交易监督管理办公室", "Macheng Supervision Office", DepartmentKind.SUPERVISION_OFFICE);
  static final Department ZJJ = new Department(TenantId.of("421181-zjj"),
      "麻城市住房和城乡建设局", "Macheng Housing Bureau", DepartmentKind.INDUSTRY_DEPARTMENT);

  AccountForm form;
  List<AccountForm.SaveEvent> saved = new ArrayList<>();
  List<Department> chosen = new ArrayList<>();

  @BeforeEach
  void build() {
    form = new AccountForm(List.of(OFFICE, ZJJ), Locale.SIMPLIFIED_CHINESE, key -> "[" + key + "]");
    form.addSaveListener(saved::add);
    form.addDepartmentChosenListener(e -> chosen.add(e.department()));
  }

  @Test
  void savingFiresTheTypedEventWithWhatWasEntered() {
    form.department.setValue(ZJJ);
    form.setGrantableRoles(Set.of(Role.DEPARTMENT_HEAD, Role.DEPARTMENT_OFFICER));
    form.login.setValue("  zhang.san ");
    form.displayName.setValue("张三");
    form.roles.setValue(Set.of(Role.DEPARTMENT_OFFICER));

    form.save.click();

    assertEquals(1, saved.size());
    assertEquals(new NewAccount(ZJJ.id(), "zhang.san", "张三", Set.of(Role.DEPARTMENT_OFFICER)),
        saved.get(0).account());
  }

  @Test
  void choosingADepartmentAsksForItsGrantableRolesAndForgetsTheOldChoice() {
    form.department.setValue(OFFICE);
    form.setGrantableRoles(Set.of(Role.OFFICE_LEADER, Role.OFFICE_OFFICER));
    form.roles.setValue(Set.of(Role.OFFICE_LEADER));

    form.department.setValue(ZJJ);

    assertEquals(List.of(OFFICE, ZJJ), chosen);
    assertTrue(form.roles.getValue().isEmpty());
  }

  @Test
  void theRolesAreVisibleBeforeAUnitIsChosenButCannotBeTickedYet() {
    List<Role> shown = form.roles.getListDataView().getItems().toList();
    assertTrue(shown.containsAll(List.of(Role.OFFICE_LEADER, Role.DEPARTMENT_HEAD, Role.DEPARTMENT_OFFICER)),
        shown.toString());
    assertTrue(shown.stream().noneMatch(r -> form.roles.getItemEnabledProvider().test(r)), "greyed until a unit");
    assertEquals("[accounts.roles.chooseUnitFirst]", form.roles.getHelperText());
    form.department.setValue(ZJJ);
    form.setGrantableRoles(Set.of(Role.DEPARTMENT_HEAD, Role.DEPARTMENT_OFFICER));
    assertEquals(List.of(Role.DEPARTMENT_HEAD, Role.DEPARTMENT_OFFICER).stream().sorted().toList(),
        form.roles.getListDataView().getItems().toList());
    assertTrue(form.roles.getItemEnabledProvider().test(Role.DEPARTMENT_OFFICER));
  }

  @Test
  void savingWithoutDepartmentStillFiresSoTheViewCanSayWhatIsMissing() {
    form.save.click();

    assertNull(saved.get(0).account().tenant());
  }

  @Test
  void errorsOfTheBackendAppearAtTheFieldTheyName() {
    assertTrue(form.showFieldError("login", "该用户名已被使用"));
    assertTrue(form.login.isInvalid());
    assertEquals("该用户名已被使用", form.login.getErrorMessage());

    assertTrue(form.showFieldError("roles", "请至少选择一个角色"));
    assertTrue(form.roles.isInvalid());

    assertFalse(form.showFieldError("somethingElse", "x"), "unknown fields go to a notification");
  }

  @Test
  void rolesAreLabelledWithTheirTranslatedNames() {
    form.setGrantableRoles(Set.of(Role.DEPARTMENT_HEAD));
    assertEquals("[role.DEPARTMENT_HEAD]", form.roles.getItemLabelGenerator().apply(Role.DEPARTMENT_HEAD));
  }
}
