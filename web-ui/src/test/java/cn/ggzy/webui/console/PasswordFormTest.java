package cn.ggzy.webui.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PasswordFormTest {
  PasswordForm form = new PasswordForm(key -> "[" + key + "]");
  List<PasswordForm.ChangeEvent> changes = new ArrayList<>();

  @Test
  void matchingNewPasswordsFireTheChange() {
    form.addChangeListener(changes::add);
    form.current.setValue("Old-Password-1");
    form.newPassword.setValue("New-Password-2");
    form.repeat.setValue("New-Password-2");

    form.save.click();

    assertEquals("Old-Password-1", changes.get(0).currentPassword());
    assertEquals("New-Password-2", changes.get(0).newPassword());
  }

  @Test
  void differingNewPasswordsAreRefusedAtTheRepeatField() {
    form.addChangeListener(changes::add);
    form.current.setValue("Old-Password-1");
    form.newPassword.setValue("New-Password-2");
    form.repeat.setValue("New-Password-3");

    form.save.click();

    assertTrue(changes.isEmpty());
    assertTrue(form.repeat.isInvalid());
    assertEquals("[password.mismatch]", form.repeat.getErrorMessage());
  }

  @Test
  void theBackendsPasswordErrorsAppearAtTheRightField() {
    assertTrue(form.showFieldError("currentPassword", "当前密码不正确"));
    assertTrue(form.current.isInvalid());
    assertTrue(form.showFieldError("password", "密码至少10位"));
    assertTrue(form.newPassword.isInvalid());
  }
}
