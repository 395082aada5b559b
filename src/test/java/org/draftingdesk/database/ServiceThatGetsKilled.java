package org.draftingdesk.database;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * Run in a JVM of its own by {@link OrphanPostmasterTest}: starts the embedded database on the
 * given directory, writes a row, says so, and waits to be killed.
 */
public final class ServiceThatGetsKilled {

    private ServiceThatGetsKilled() {}

    public static void main(String[] args) throws Exception {
        EmbeddedDatabase.Running running = EmbeddedDatabase.start(Path.of(args[0]), false);
        String url = running.properties().get("quarkus.datasource.jdbc.url");
        try (Connection c = DriverManager.getConnection(url, "postgres", "postgres");
                Statement s = c.createStatement()) {
            s.execute("create table if not exists acknowledged (note text)");
            s.execute("insert into acknowledged values ('written before the kill')");
        }
        System.out.println("READY " + running.postmasterPid().orElseThrow());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
