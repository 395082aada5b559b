package org.draftingdesk.account;

import io.quarkus.runtime.ExecutionMode;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import java.util.Set;
import org.draftingdesk.database.EmbeddedDatabase;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Supplies {@code quarkus.http.auth.session.encryption-key} when nobody configured it: the key of
 * {@link SessionKeyFile}, in {@code DRAFTING_SIGN_IN_KEY_FILE} or else beside the embedded
 * database's data directory ({@code ~/.drafting-desk/postgres-session.key} by default). Its ordinal
 * is below every other source, so a key set in the environment or a properties file wins. Without
 * it Quarkus would make a temporary key at each start and print it in the log.
 * The key is read only when asked for at run time, never while building.
 */
public class SessionKeyConfigSource implements ConfigSource {

    static final String KEY_PROPERTY = "quarkus.http.auth.session.encryption-key";
    static final String FILE_PROPERTY = "drafting.sign-in.key-file";
    private static final String FILE_ENV = "DRAFTING_SIGN_IN_KEY_FILE";

    private volatile String key;

    @Override
    public Set<String> getPropertyNames() {
        return Set.of();
    }

    @Override
    public Map<String, String> getProperties() {
        return Map.of();
    }

    @Override
    public String getValue(String propertyName) {
        if (!KEY_PROPERTY.equals(propertyName) || ExecutionMode.current() == ExecutionMode.UNSET) {
            return null;
        }
        String known = key;
        if (known == null) {
            synchronized (this) {
                if (key == null) {
                    key = SessionKeyFile.readOrCreate(keyFile());
                }
                known = key;
            }
        }
        return known;
    }

    static Path keyFile() {
        String configured = System.getenv(FILE_ENV);
        if (configured == null || configured.isBlank()) {
            configured = System.getProperty(FILE_PROPERTY);
        }
        if (configured != null && !configured.isBlank()) {
            return Paths.get(configured).toAbsolutePath();
        }
        Path data = EmbeddedDatabase.defaultDataDirectory();
        return data.resolveSibling(data.getFileName() + "-session.key");
    }

    @Override
    public int getOrdinal() {
        return 50;
    }

    @Override
    public String getName() {
        return "drafting-sign-in-key-file";
    }
}
