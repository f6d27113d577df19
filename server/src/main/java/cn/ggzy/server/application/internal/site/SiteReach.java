package cn.ggzy.server.application.internal.site;

import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.OfficeScopes;
import cn.ggzy.server.application.Permission;
import cn.ggzy.server.application.TenantDirectory;
import cn.ggzy.server.application.internal.DepartmentReach;
import cn.ggzy.server.domain.model.AccessDeniedException;
import cn.ggzy.server.domain.model.NotFoundException;
import cn.ggzy.server.domain.model.StateConflictException;
import cn.ggzy.server.domain.model.draw.Hashes;
import cn.ggzy.server.domain.model.site.KeyPerson;
import cn.ggzy.server.domain.model.site.SiteRepository;
import cn.ggzy.tenants.TenantId;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Who reaches what of 标后监管, shared by the site use cases: an officer ({@link Permission#SUPERVISE_SITES})
 * the own department's projects, people, warnings and records, the office every department's through its
 * audited scope (a site id carries its department: {@code <tenant>~<kind>-<n>}); site staff their own
 * post through the personal link's token, refused once replaced.
 */
final class SiteReach {
  private final DepartmentReach reach;
  private final SiteRepository repository;

  SiteReach(TenantDirectory directory, OfficeScopes scopes, SiteRepository repository) {
    this.reach = new DepartmentReach(directory, scopes);
    this.repository = repository;
  }

  DepartmentReach departments() {
    return reach;
  }

  static void require(Caller caller, Permission permission, String purpose) {
    if (!caller.may(permission)) {
      throw new AccessDeniedException(purpose);
    }
  }

  /**
   * The item {@code id} found by {@code inDepartment}, for an officer who may supervise sites: the own
   * department's, or for the office any department's of the region; otherwise not found at {@code field}.
   */
  <T> T load(Caller caller, String id, String purpose, String field,
      BiFunction<TenantId, String, Optional<T>> inDepartment) {
    require(caller, Permission.SUPERVISE_SITES, purpose);
    return reach.load(caller, id, purpose, field,
        (scope, key) -> departmentOf(key).filter(scope::covers).flatMap(t -> inDepartment.apply(t, key)),
        inDepartment);
  }

  /** The department a site id names. */
  static Optional<TenantId> departmentOf(String id) {
    int at = id == null ? -1 : id.indexOf('~');
    if (at <= 0) {
      return Optional.empty();
    }
    try {
      return Optional.of(TenantId.of(id.substring(0, at)));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  /** The key person holding the personal link's token; 404 for an unknown one, 409 once replaced. */
  KeyPerson holder(String token) {
    if (token == null || token.length() < 20 || token.length() > 100) {
      throw new NotFoundException("site.link.notFound", "token");
    }
    KeyPerson k = repository.byTokenHash(Hashes.sha256(token))
        .orElseThrow(() -> new NotFoundException("site.link.notFound", "token"));
    if (!k.active()) {
      throw new StateConflictException("site.person.replaced", "token");
    }
    return k;
  }
}
