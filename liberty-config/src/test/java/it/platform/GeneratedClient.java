package it.platform;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.openapitools.codegen.CodegenConstants;
import org.openapitools.codegen.DefaultGenerator;
import org.openapitools.codegen.config.CodegenConfigurator;

/**
 * A Java client generated from the OpenAPI document the running server serves (OpenAPI Generator,
 * the {@code java} generator with the JDK's HTTP client), compiled together with the journeys in
 * {@code src/test/client} that are written against it, and loaded: a body, field or operation the
 * document lacks makes the compilation, and so the build, fail.
 */
final class GeneratedClient {
  private GeneratedClient() {}

  /** Generates and compiles into {@code dir}; returns a class loader over the result. */
  static ClassLoader build(String document, Path dir) throws IOException {
    Path spec = dir.resolve("openapi.yaml");
    Files.createDirectories(dir);
    Files.writeString(spec, document, StandardCharsets.UTF_8);
    Path sources = dir.resolve("generated");
    CodegenConfigurator config = new CodegenConfigurator().setGeneratorName("java").setLibrary("native")
        .setInputSpec(spec.toString()).setOutputDir(sources.toString())
        .setApiPackage("it.client.api").setModelPackage("it.client.model").setInvokerPackage("it.client")
        .addAdditionalProperty("openApiNullable", false).addAdditionalProperty("useJakartaEe", true)
        .addAdditionalProperty("annotationLibrary", "none").addAdditionalProperty("dateLibrary", "java8");
    DefaultGenerator generator = new DefaultGenerator();
    generator.setGeneratorPropertyDefault(CodegenConstants.API_TESTS, "false");
    generator.setGeneratorPropertyDefault(CodegenConstants.MODEL_TESTS, "false");
    generator.setGeneratorPropertyDefault(CodegenConstants.API_DOCS, "false");
    generator.setGeneratorPropertyDefault(CodegenConstants.MODEL_DOCS, "false");
    generator.opts(config.toClientOptInput()).generate();

    List<String> files = new ArrayList<>();
    try (Stream<Path> all = Stream.concat(Files.walk(sources.resolve("src/main/java")),
        Files.walk(Path.of(System.getProperty("it.client.dir", "src/test/client"))))) {
      all.filter(p -> p.toString().endsWith(".java")).forEach(p -> files.add(p.toString()));
    }
    Path classes = dir.resolve("classes");
    Files.createDirectories(classes);
    List<String> args = new ArrayList<>(List.of("-nowarn", "-encoding", "UTF-8", "-proc:none", "-d",
        classes.toString(), "-cp", System.getProperty("java.class.path")));
    args.addAll(files);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter errors = new StringWriter();
    int status = javac.run(null, null, new PrintStream(new OutputStream() {
      @Override
      public void write(int b) {
        errors.write(b);
      }
    }, true), args.toArray(String[]::new));
    if (status != 0) {
      throw new AssertionError("the journeys do not compile against the client generated from the served "
          + "document:\n" + errors);
    }
    return new URLClassLoader(new URL[] {classes.toUri().toURL()}, GeneratedClient.class.getClassLoader());
  }

  /** Runs {@code it.client.journey.ClientJourney.run(base, adminPassword)}. */
  @SuppressWarnings("unchecked")
  static List<String> runJourneys(ClassLoader loader, String base, String adminPassword) throws Exception {
    Method run = loader.loadClass("it.client.journey.ClientJourney").getMethod("run", String.class, String.class);
    return (List<String>) run.invoke(null, base, adminPassword);
  }
}
