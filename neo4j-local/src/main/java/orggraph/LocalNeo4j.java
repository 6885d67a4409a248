package orggraph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.neo4j.cli.AdminTool;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Runs the Neo4j community engine embedded, with Bolt on 127.0.0.1 only, until SIGTERM/SIGINT.
 *
 * <p>Arguments: {@code <dataDir> <boltPort> <pageCacheSize> [--import-when-ready <requestFile>]}. Heap is set by
 * the caller with -Xmx. With {@code --import-when-ready}, an initial load: the JVM starts while the caller is still
 * writing the importer's files, waits for the request file (its first line the configuration folder, then one
 * argument of {@code neo4j-admin} per line), runs Neo4j's offline importer in this JVM (one JVM start instead of
 * two), and only then opens the database; a failed import exits with status 3 before anything opens.
 * Authentication is off because the connector only listens on loopback; the Node launcher never
 * binds it elsewhere. "READY" on stdout means the database is open; the launcher still checks Bolt
 * with RETURN 1 before it reports success.
 */
public final class LocalNeo4j {
  private LocalNeo4j() {}

  /** How long an initial load may take to hand over its files. */
  private static final long IMPORT_WAIT_MILLIS = 6 * 60 * 60 * 1000L;

  public static void main(String[] args) throws InterruptedException, IOException {
    boolean importFirst = args.length == 5 && args[3].equals("--import-when-ready");
    if (args.length != 3 && !importFirst) {
      System.err.println(
          "usage: LocalNeo4j <dataDir> <boltPort> <pageCacheSize> [--import-when-ready <requestFile>]");
      System.exit(2);
    }
    Path dataDir = Path.of(args[0]).toAbsolutePath();
    int port = Integer.parseInt(args[1]);
    String pageCache = args[2];
    if (importFirst) {
      int status = importWhenReady(dataDir, Path.of(args[4]));
      if (status != 0) {
        System.err.println("IMPORT FAILED with status " + status);
        System.exit(3);
      }
    }

    DatabaseManagementService service =
        new DatabaseManagementServiceBuilder(dataDir)
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
            .setConfig(GraphDatabaseSettings.auth_enabled, false)
            .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(pageCache))
            .build();

    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  service.shutdown();
                  stopped.countDown();
                }));
    System.out.println("READY bolt://127.0.0.1:" + port);
    System.out.flush();
    stopped.await();
  }

  /**
   * Waits for the request file (bounded in time, and given up when the process that started this one is gone),
   * then runs {@code neo4j-admin} with its arguments in this JVM; answers its exit status.
   */
  private static int importWhenReady(Path dataDir, Path request) throws InterruptedException, IOException {
    long deadline = System.currentTimeMillis() + IMPORT_WAIT_MILLIS;
    var parent = ProcessHandle.current().parent();
    while (!Files.exists(request)) {
      if (System.currentTimeMillis() > deadline || parent.map(p -> !p.isAlive()).orElse(false)) {
        System.err.println("IMPORT ABANDONED: no request at " + request);
        return 4;
      }
      Thread.sleep(50);
    }
    List<String> lines = Files.readAllLines(request);
    Path confDir = Path.of(lines.get(0));
    String[] adminArgs = lines.subList(1, lines.size()).toArray(new String[0]);
    return AdminTool.execute(new ExecutionContext(dataDir, confDir), adminArgs);
  }
}
