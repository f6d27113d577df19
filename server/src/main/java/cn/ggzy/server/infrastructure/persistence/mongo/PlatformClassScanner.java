package cn.ggzy.server.infrastructure.persistence.mongo;

import io.github.classgraph.ClassGraph;
import io.github.classgraph.ClassInfo;
import io.github.classgraph.ScanResult;
import jakarta.data.repository.BasicRepository;
import jakarta.data.repository.CrudRepository;
import jakarta.data.repository.DataRepository;
import jakarta.data.repository.Repository;
import jakarta.nosql.Embeddable;
import jakarta.nosql.Entity;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.jnosql.mapping.metadata.ClassScanner;

/**
 * JNoSQL's class scanner restricted to our persistence package. JNoSQL's default scans the whole
 * class path (25 s at start-up on two cores); this one looks only at {@link #PACKAGE}. Registered
 * through {@code META-INF/services/org.eclipse.jnosql.mapping.metadata.ClassScanner}, which the WAR
 * also carries in {@code WEB-INF/classes} so that it is found before JNoSQL's own.
 */
public final class PlatformClassScanner implements ClassScanner {
  static final String PACKAGE = "cn.ggzy.server.infrastructure.persistence";

  private final Set<Class<?>> entities;
  private final Set<Class<?>> embeddables;
  private final Set<Class<?>> repositories;

  public PlatformClassScanner() {
    ClassLoader loader = PlatformClassScanner.class.getClassLoader();
    try (ScanResult scan = new ClassGraph().enableAnnotationInfo().enableClassInfo()
        .acceptPackages(PACKAGE).overrideClassLoaders(loader).scan()) {
      entities = load(scan.getClassesWithAnnotation(Entity.class.getName()).stream()
          .filter(c -> !c.isAbstract()).collect(Collectors.toList()));
      embeddables = load(scan.getClassesWithAnnotation(Embeddable.class.getName()));
      repositories = load(scan.getClassesWithAnnotation(Repository.class.getName()).stream()
          .filter(ClassInfo::isInterface).collect(Collectors.toList()));
    }
  }

  private static Set<Class<?>> load(List<ClassInfo> infos) {
    Set<Class<?>> classes = new HashSet<>();
    for (ClassInfo info : infos) {
      classes.add(info.loadClass());
    }
    return Set.copyOf(classes);
  }

  @Override
  public Set<Class<?>> entities() {
    return entities;
  }

  @Override
  public Set<Class<?>> repositories() {
    return repositories;
  }

  @Override
  public Set<Class<?>> embeddables() {
    return embeddables;
  }

  @Override
  public <T extends DataRepository<?, ?>> Set<Class<?>> repositories(Class<T> filter) {
    return repositories.stream().filter(filter::isAssignableFrom).collect(Collectors.toUnmodifiableSet());
  }

  @Override
  public Set<Class<?>> repositoriesStandard() {
    return repositories.stream()
        .filter(r -> CrudRepository.class.isAssignableFrom(r) || BasicRepository.class.isAssignableFrom(r)
            || DataRepository.class.isAssignableFrom(r))
        .collect(Collectors.toUnmodifiableSet());
  }

  @Override
  public Set<Class<?>> customRepositories() {
    return repositories.stream().filter(r -> !DataRepository.class.isAssignableFrom(r))
        .collect(Collectors.toUnmodifiableSet());
  }
}
