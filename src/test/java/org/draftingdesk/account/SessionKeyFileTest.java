package org.draftingdesk.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionKeyFileTest {

    @TempDir
    Path directory;

    @Test
    void theKeyIsMadeOnceReadableByItsOwnerOnlyAndReadBackOnTheNextStart() throws IOException {
        Path file = directory.resolve("data").resolve("postgres-session.key");
        String first = SessionKeyFile.readOrCreate(file);
        assertThat(first).hasSizeGreaterThanOrEqualTo(32);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");

        String afterRestart = SessionKeyFile.readOrCreate(file);
        assertThat(afterRestart).isEqualTo(first);
        try (var files = Files.list(file.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("postgres-session.key");
        }
    }

    @Test
    void processesStartingTogetherAgreeOnOneKey() throws Exception {
        Path file = directory.resolve("shared.key");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> keys = IntStream.range(0, 8)
                    .mapToObj(i -> pool.submit(() -> SessionKeyFile.readOrCreate(file)))
                    .toList();
            String expected = Files.readString(file).trim();
            for (Future<String> key : keys) {
                assertThat(key.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aDamagedKeyFileStopsTheStartInsteadOfSilentlyEndingEverySession() throws IOException {
        Path file = directory.resolve("damaged.key");
        Files.writeString(file, "short\n");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SessionKeyFile.readOrCreate(file))
                .hasMessageContaining("damaged");
    }
}
