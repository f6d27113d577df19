package cn.ggzy.server.application.internal.dispatch;

import cn.ggzy.server.domain.model.credit.BlacklistEntry;
import cn.ggzy.server.domain.model.credit.BlacklistRepository;
import cn.ggzy.server.domain.model.dispatch.DispatchLedger;
import cn.ggzy.tenants.TenantId;
import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;

/** Counts what a stored BlacklistEntry states ({@link ThingFacts}) once the store succeeded, on every write path. */
@Decorator
@Priority(Interceptor.Priority.APPLICATION)
public abstract class CountedBlacklist implements BlacklistRepository {
  @Inject
  @Delegate
  BlacklistRepository delegate;
  @Inject
  DispatchLedger ledger;

  @Override
  public void store(TenantId tenant, BlacklistEntry thing) {
    long version = thing.data().version() + 1;
    delegate.store(tenant, thing);
    ledger.record(ThingFacts.counted(thing), version, ThingFacts.of(thing));
  }
}
