package orggraph;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Runs the Neo4j community engine embedded, with Bolt on 127.0.0.1 only, until SIGTERM/SIGINT.
 *
 * <p>Arguments: {@code <dataDir> <boltPort> <pageCacheSize>}. Heap is set by the caller with -Xmx.
 * Authentication is off because the connector only listens on loopback; the Node launcher never
 * binds it elsewhere. "READY" on stdout means the database is open; the launcher still checks Bolt
 * with RETURN 1 before it reports success.
 */
public final class LocalNeo4j {
  private LocalNeo4j() {}

  public static void main(String[] args) throws InterruptedException {
    if (args.length != 3) {
      System.err.println("usage: LocalNeo4j <dataDir> <boltPort> <pageCacheSize>");
      System.exit(2);
    }
    Path dataDir = Path.of(args[0]).toAbsolutePath();
    int port = Integer.parseInt(args[1]);
    String pageCache = args[2];

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
}
