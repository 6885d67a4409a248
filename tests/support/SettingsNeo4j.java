import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/**
 * The tests' Neo4j with settings of their choosing (authentication on, Bolt over TLS only, ...): the engine of
 * neo4j-local/ embedded, configured from a neo4j.conf-style file instead of the launcher's fixed loopback setup.
 * Run as a single source file on the launcher's classpath:
 * {@code java -cp <neo4j-local classpath> SettingsNeo4j.java <dataDir> <settingsFile>}. Prints "READY" once open,
 * runs until SIGTERM. Every setting file a test writes binds Bolt to 127.0.0.1.
 */
public final class SettingsNeo4j {
  private SettingsNeo4j() {}

  public static void main(String[] args) throws Exception {
    DatabaseManagementService service =
        new DatabaseManagementServiceBuilder(Path.of(args[0]).toAbsolutePath())
            .loadPropertiesFromFile(Path.of(args[1]))
            .build();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  service.shutdown();
                  stopped.countDown();
                }));
    System.out.println("READY");
    System.out.flush();
    stopped.await();
  }
}
