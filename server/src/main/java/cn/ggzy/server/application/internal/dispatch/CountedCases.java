package cn.ggzy.server.application.internal.dispatch;

import cn.ggzy.server.domain.model.dispatch.DispatchLedger;
import cn.ggzy.server.domain.model.enforcement.CaseRepository;
import cn.ggzy.server.domain.model.enforcement.EnforcementCase;
import cn.ggzy.tenants.TenantId;
import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;

/** Counts what a stored EnforcementCase states ({@link ThingFacts}) once the store succeeded, on every write path. */
@Decorator
@Priority(Interceptor.Priority.APPLICATION)
public abstract class CountedCases implements CaseRepository {
  @Inject
  @Delegate
  CaseRepository delegate;
  @Inject
  DispatchLedger ledger;

  @Override
  public void store(TenantId tenant, EnforcementCase thing) {
    long version = thing.version() + 1;
    delegate.store(tenant, thing);
    ledger.record(ThingFacts.counted(thing), version, ThingFacts.of(thing));
  }
}
