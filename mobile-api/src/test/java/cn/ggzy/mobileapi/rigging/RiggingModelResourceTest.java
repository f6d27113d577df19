package cn.ggzy.mobileapi.rigging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.mobileapi.ResourceTests;
import cn.ggzy.mobileapi.rigging.RiggingModelResource.ModelRollbackRequest;
import cn.ggzy.mobileapi.rigging.RiggingModelResource.RiggingLabelRequest;
import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.RiggingModels;
import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.account.Login;
import cn.ggzy.server.domain.model.account.Role;
import cn.ggzy.tenants.TenantId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The bodies reach the model port for the resolved caller; a rollback needs a body (its version may be null). */
class RiggingModelResourceTest {
  static final Caller OFFICE = new Caller(new Login("jgbofficer"), TenantId.of("421181-jgb"),
      Set.of(Role.OFFICE_OFFICER), "监管办");
  static final RiggingModels.Overview OVERVIEW = new RiggingModels.Overview("421181", "screen-index-1", "筛查指数",
      "Screen index", 0, 0, 5, List.of(), List.of());

  final RiggingModelResource resource = new RiggingModelResource();
  final Recording models = new Recording();

  RiggingModelResourceTest() {
    resource.callers = ResourceTests.resolving(OFFICE);
    resource.models = models;
  }

  @Test
  void aLabelReachesThePortAsTyped() {
    resource.label(new RiggingLabelRequest("MC-1", "BD1", true, "同一人员编制投标文件"));
    assertEquals(new RiggingModels.LabelRequest("MC-1", "BD1", true, "同一人员编制投标文件"), models.label);
    assertEquals(OFFICE, models.caller);
    resource.label(null);
    assertNull(models.label, "no body: the port refuses it naming projectCode");
  }

  @Test
  void aRollbackNamesTheVersionOrTheIndex() {
    assertEquals(OVERVIEW, resource.rollback(new ModelRollbackRequest(2)));
    assertEquals(2, models.version);
    resource.rollback(new ModelRollbackRequest(null));
    assertNull(models.version);
    DomainException e = assertThrows(DomainException.class, () -> resource.rollback(null));
    assertEquals("request.invalid", e.code());
  }

  @Test
  void theOverviewAndTrainingAreTheCallers() {
    assertEquals(OVERVIEW, resource.overview());
    assertTrue(resource.train().name().startsWith("region-"));
    assertEquals(OFFICE, models.caller);
  }

  static final class Recording implements RiggingModels {
    Caller caller;
    LabelRequest label;
    Integer version;

    @Override
    public Overview overview(Caller caller) {
      this.caller = caller;
      return OVERVIEW;
    }

    @Override
    public LabelView label(Caller caller, LabelRequest request) {
      this.caller = caller;
      this.label = request;
      return null;
    }

    @Override
    public ModelView train(Caller caller) {
      this.caller = caller;
      return new ModelView("region-421181-1", 1, null, "jgbofficer", 5, 5, 0.8, 0.7, "ACTIVE", "使用中", "In use", 1L);
    }

    @Override
    public Overview rollback(Caller caller, Integer version) {
      this.caller = caller;
      this.version = version;
      return OVERVIEW;
    }
  }
}
