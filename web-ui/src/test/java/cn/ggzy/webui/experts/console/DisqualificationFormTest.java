package cn.ggzy.webui.experts.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.application.ExpertPool.DisqualificationInput;
import cn.ggzy.server.application.ExpertPool.DisqualificationView;
import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.expert.Disqualification.State;
import cn.ggzy.webui.experts.ExpertTestData;
import cn.ggzy.webui.i18n.Language;
import cn.ggzy.webui.publicsite.PublicErrors;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.ComboBoxBase.CustomValueSetEvent;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** 提请取消评标资格 without a browser: the request, the addressee chosen or typed, the answer, the expert's list. */
class DisqualificationFormTest {
  private static final Instant SENT = Instant.parse("2026-12-20T02:00:00Z");
  private final List<DisqualificationInput> requested = new ArrayList<>();
  private final List<String> answered = new ArrayList<>();

  private DisqualificationForm form() {
    DisqualificationForm form = new DisqualificationForm(ExpertTestData.chinese());
    form.onRequest(requested::add);
    return form;
  }

  private static void fill(DisqualificationForm form) {
    form.caseNumber.setValue(" 麻监案〔2026〕第0012号 ");
    form.facts.setValue("评标期间私下与投标人联系，并收受财物。");
    form.legalBasis.setValue("《评标委员会和评标方法暂行规定》第十三条");
  }

  private static DisqualificationView request(String id, String expertId, State state) {
    boolean answered = state != State.SENT;
    return new DisqualificationView(id, expertId, "张工", "麻监案〔2026〕第0012号", "私下与投标人联系", "第十三条",
        "黄冈市公共资源交易监督管理局", state, "jgb.wang", SENT, answered ? "黄公管函〔2027〕3号：已取消" : null,
        answered ? Instant.parse("2027-01-08T01:00:00Z") : null, 1);
  }

  @Test
  void theBureausAreOfferedAndEveryFieldIsRequired() {
    DisqualificationForm form = form();
    assertEquals(List.of("湖北省公共资源交易监督管理局", "黄冈市公共资源交易监督管理局"),
        form.addressee.getListDataView().getItems().toList());
    assertTrue(form.addressee.isAllowCustomValue());
    form.submit.click();
    assertTrue(requested.isEmpty());
    assertTrue(form.caseNumber.isInvalid() && form.facts.isInvalid() && form.legalBasis.isInvalid()
        && form.addressee.isInvalid());
    fill(form);
    form.addressee.setValue("湖北省公共资源交易监督管理局");
    form.submit.click();
    assertEquals(List.of(new DisqualificationInput("麻监案〔2026〕第0012号", "评标期间私下与投标人联系，并收受财物。",
        "《评标委员会和评标方法暂行规定》第十三条", "湖北省公共资源交易监督管理局")), requested);
  }

  @Test
  void anotherBodyIsTypedAndKept() {
    DisqualificationForm form = form();
    fill(form);
    ComponentUtil.fireEvent(form.addressee, new CustomValueSetEvent<ComboBox<String>>(form.addressee, true,
        "  湖北省住房和城乡建设厅 "));
    assertEquals("湖北省住房和城乡建设厅", form.addressee.getValue());
    form.submit.click();
    assertEquals("湖北省住房和城乡建设厅", requested.get(0).addressee());
    form.sent();
    assertEquals("", form.caseNumber.getValue());
    assertEquals("湖北省住房和城乡建设厅", form.addressee.getValue(), "the addressee is kept for the next letter");
    assertEquals("提请函已发出", form.status.text());
  }

  @Test
  void theBackendsFaultFindsItsField() {
    DisqualificationForm form = form();
    List<String> rest = PublicErrors.showAtFields(new DomainException("expert.disqualification.facts", "facts"),
        Language.CHINESE, ExpertTestData.chinese(), form);
    assertEquals(List.of(), rest);
    assertTrue(form.facts.isInvalid());
    assertEquals("请写明查实的违法违规事实（不超过 1000 个字）", form.facts.getErrorMessage());
    assertFalse(form.showFieldError("expertId", "x"));
  }

  @Test
  void theAnswerNeedsItsResultAndWhatItSays() {
    DisqualificationAnswerForm form = new DisqualificationAnswerForm(ExpertTestData.chinese(), "a");
    form.onAnswer((cancelled, note) -> answered.add(cancelled + ":" + note));
    assertEquals("已取消该专家的评标资格", form.kind.getItemLabelGenerator().apply(true));
    form.record.click();
    assertTrue(answered.isEmpty());
    assertTrue(form.kind.isInvalid() && form.note.isInvalid());
    form.kind.setValue(false);
    form.note.setValue(" 黄公管函〔2027〕3号：证据不足，不予取消 ");
    form.record.click();
    assertEquals(List.of("false:黄公管函〔2027〕3号：证据不足，不予取消"), answered);
    assertTrue(form.showFieldError("note", "请填写答复内容（不超过 500 个字）"));
  }

  @Test
  void theListShowsOnlyThisExpertsRequestsWithTheirStateAndAnswer() {
    List<DisqualificationView> all = List.of(request("DQ-2", "421181-EA", State.CANCELLED),
        request("DQ-1", "421181-EB", State.SENT), request("DQ-0", "421181-EA", State.SENT));
    String text = DisqualificationList.of(all, "421181-EA", ExpertTestData.chinese(), Language.CHINESE,
        r -> new Span("actions of " + r.id())).getElement().getTextRecursively();
    for (String expected : List.of("已取消资格", "待答复", "黄冈市公共资源交易监督管理局", "jgb.wang · 2026年12月20日 10:00",
        "黄公管函〔2027〕3号：已取消", "2027年1月8日 09:00", "actions of DQ-2", "actions of DQ-0")) {
      assertTrue(text.contains(expected), expected + " missing in " + text);
    }
    assertFalse(text.contains("DQ-1"), "another expert's request: " + text);
    String none = DisqualificationList.of(all, "421181-EC", ExpertTestData.english(), Language.ENGLISH,
        r -> null).getElement().getTextRecursively();
    assertEquals("No request to cancel this expert's qualification yet", none);
  }
}
