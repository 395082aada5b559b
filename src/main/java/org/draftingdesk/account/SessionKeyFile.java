package org.draftingdesk.account;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The key that encrypts the sign-in cookie, generated once into a file readable by its owner only
 * (mode 600) and read back on every start, so sessions survive a restart. Several processes
 * starting at once on the same directory agree on one key: the file appears complete or not at all.
 */
final class SessionKeyFile {

    private static final int MIN_LENGTH = 32;

    private SessionKeyFile() {}

    static String readOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            String key = Files.readString(file, StandardCharsets.UTF_8).trim();
            if (key.length() < MIN_LENGTH) {
                throw new IllegalStateException("The sign-in key file " + file + " is damaged (too short): "
                        + "delete it to have a new key made (everyone signs in again)");
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or create the sign-in key file " + file, e);
        }
    }

    private static void create(Path file) throws IOException {
        Path directory = file.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        String key = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Path temporary = ownerOnly(directory);
        try {
            Files.writeString(temporary, key + "\n", StandardCharsets.UTF_8);
            Files.createLink(file, temporary);
        } catch (FileAlreadyExistsException lostTheRace) {
            // Another process made it first: use its key.
        } catch (UnsupportedOperationException noHardLinks) {
            try {
                Files.move(temporary, file);
            } catch (FileAlreadyExistsException lostTheRace) {
                // Another process made it first.
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static Path ownerOnly(Path directory) throws IOException {
        try {
            return Files.createTempFile(
                    directory,
                    ".session-key",
                    ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            return Files.createTempFile(directory, ".session-key", ".tmp");
        }
    }
}
