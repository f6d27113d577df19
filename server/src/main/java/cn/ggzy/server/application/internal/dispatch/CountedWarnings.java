package cn.ggzy.server.application.internal.dispatch;

import cn.ggzy.server.domain.model.dispatch.DispatchLedger;
import cn.ggzy.server.domain.model.warning.RiggingWarning;
import cn.ggzy.server.domain.model.warning.WarningRepository;
import cn.ggzy.tenants.TenantId;
import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;

/** Counts what a stored RiggingWarning states ({@link ThingFacts}) once the store succeeded, on every write path. */
@Decorator
@Priority(Interceptor.Priority.APPLICATION)
public abstract class CountedWarnings implements WarningRepository {
  @Inject
  @Delegate
  WarningRepository delegate;
  @Inject
  DispatchLedger ledger;

  @Override
  public void store(TenantId tenant, RiggingWarning thing) {
    long version = thing.version() + 1;
    delegate.store(tenant, thing);
    ledger.record(ThingFacts.counted(thing), version, ThingFacts.of(thing));
  }
}
