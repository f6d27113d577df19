package cn.ggzy.server.application.internal.dispatch;

import cn.ggzy.server.domain.model.credit.RedListEntry;
import cn.ggzy.server.domain.model.credit.RedListRepository;
import cn.ggzy.server.domain.model.dispatch.DispatchLedger;
import cn.ggzy.tenants.TenantId;
import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;

/** Counts what a stored RedListEntry states ({@link ThingFacts}) once the store succeeded, on every write path. */
@Decorator
@Priority(Interceptor.Priority.APPLICATION)
public abstract class CountedRedList implements RedListRepository {
  @Inject
  @Delegate
  RedListRepository delegate;
  @Inject
  DispatchLedger ledger;

  @Override
  public void store(TenantId tenant, RedListEntry thing) {
    long version = thing.version() + 1;
    delegate.store(tenant, thing);
    ledger.record(ThingFacts.counted(thing), version, ThingFacts.of(thing));
  }
}
