package it.platform;

import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The web UI's routes that take a parameter (an id), read from the WAR under test: every class of
 * {@code cn.ggzy.webui} with Vaadin's {@code @Route}, its path joined to the {@code @RoutePrefix}
 * of its layouts. A new page with an id is in the matrix without writing a line.
 */
final class ConsoleRoutes {
  private ConsoleRoutes() {}

  /** Route templates such as {@code console/cases/:caseId}, sorted. */
  static List<String> withParameters(Path war, Path scratch) throws Exception {
    List<URL> urls = new ArrayList<>();
    Path classes = scratch.resolve("classes");
    List<String> views = new ArrayList<>();
    try (ZipFile zip = new ZipFile(war.toFile())) {
      Enumeration<? extends ZipEntry> entries = zip.entries();
      while (entries.hasMoreElements()) {
        ZipEntry e = entries.nextElement();
        String name = e.getName();
        if (name.startsWith("WEB-INF/lib/") && name.endsWith(".jar")) {
          Path jar = scratch.resolve(name.substring("WEB-INF/lib/".length()));
          copy(zip, e, jar);
          urls.add(jar.toUri().toURL());
        } else if (name.startsWith("WEB-INF/classes/") && !e.isDirectory()) {
          String relative = name.substring("WEB-INF/classes/".length());
          copy(zip, e, classes.resolve(relative));
          if (relative.startsWith("cn/ggzy/webui/") && relative.endsWith(".class") && !relative.contains("$")) {
            views.add(relative.substring(0, relative.length() - ".class".length()).replace('/', '.'));
          }
        }
      }
    }
    urls.add(0, classes.toUri().toURL());
    TreeSet<String> routes = new TreeSet<>();
    try (URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ConsoleRoutes.class.getClassLoader())) {
      @SuppressWarnings("unchecked")
      Class<? extends Annotation> route = (Class<? extends Annotation>) loader.loadClass("com.vaadin.flow.router.Route");
      @SuppressWarnings("unchecked")
      Class<? extends Annotation> prefix = (Class<? extends Annotation>) loader.loadClass(
          "com.vaadin.flow.router.RoutePrefix");
      for (String name : views) {
        Class<?> view;
        try {
          view = Class.forName(name, false, loader);
        } catch (LinkageError | ClassNotFoundException e) {
          continue;  // a class that needs the container's APIs is no view
        }
        Annotation r = view.getAnnotation(route);
        if (r == null) {
          continue;
        }
        String path = (String) value(r, "value");
        Class<?> layout = (Class<?>) value(r, "layout");
        boolean absolute = (Boolean) value(r, "absolute");
        while (!absolute && layout != null && layout.getAnnotation(prefix) != null) {
          Annotation p = layout.getAnnotation(prefix);
          path = value(p, "value") + "/" + path;
          absolute = (Boolean) value(p, "absolute");
          Annotation parent = layout.getAnnotation(route);
          layout = parent == null ? null : (Class<?>) value(parent, "layout");
        }
        path = path.replaceAll("/+", "/").replaceAll("^/|/$", "");
        if (path.contains(":")) {
          routes.add(path);
        }
      }
    }
    return new ArrayList<>(routes);
  }

  private static Object value(Annotation a, String name) throws Exception {
    Method m = a.annotationType().getMethod(name);
    return m.invoke(a);
  }

  private static void copy(ZipFile zip, ZipEntry entry, Path to) throws IOException {
    Files.createDirectories(to.getParent());
    try (InputStream in = zip.getInputStream(entry)) {
      Files.copy(in, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
