import cn.ggzy.server.infrastructure.persistence.mongo.embedded.EmbeddedBackend;
import de.bwaldvogel.mongo.MongoServer;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.h2.mvstore.MVStore;

/**
 * The embedded database as a process of its own, for rehearsals of a cluster on one machine
 * ({@code liberty-config/bench/node-faults.sh}: two nodes share it through {@code MONGODB_URI}, as
 * production nodes share a MongoDB replica set). The same server and storage as the embedded
 * default (MVStore commits about every second, and on exit). Never a production database. Compiled
 * and run against the WAR's classes by {@code node-faults.sh}:
 *
 * <pre>java -cp "$work:WEB-INF/classes:WEB-INF/lib/*" StandaloneDatabase PORT FILE</pre>
 */
public final class StandaloneDatabase {
  private StandaloneDatabase() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      System.err.println("usage: StandaloneDatabase PORT FILE");
      System.exit(2);
    }
    int port = Integer.parseInt(args[0]);
    Path file = Path.of(args[1]).toAbsolutePath();
    Files.createDirectories(file.getParent());
    MVStore store = new MVStore.Builder().fileName(file.toString()).open();
    MongoServer server = new MongoServer(new EmbeddedBackend(store));
    server.bind(new InetSocketAddress("127.0.0.1", port));
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.shutdown();
      stopped.countDown();
    }));
    System.out.println("standalone database on mongodb://127.0.0.1:" + port + " with data in " + file);
    stopped.await();
  }
}
