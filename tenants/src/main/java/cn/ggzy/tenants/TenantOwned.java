package cn.ggzy.tenants;

/** Implemented by every aggregate whose data belongs to one department tenant. */
public interface TenantOwned {
  TenantId tenantId();
}
