package org.draftingdesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * The benchmark at size S against the test application, briefly: it builds its data and every
 * measurement runs without failing. Figures are printed, never asserted.
 */
@QuarkusTest
class BenchSmokeTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    @SuppressWarnings("unchecked")
    void theBenchmarkRunsAtSizeS() throws Exception {
        var config = ConfigProvider.getConfig();
        Load.Target target = new Load.Target(
                base.toString(),
                config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class),
                "admin",
                "admin-test-password");
        Map<String, Object> result =
                Bench.measureSize("S", target, new Load.Timing(2, Duration.ofMillis(200), Duration.ofMillis(700)));
        System.out.println(Bench.table(result));
        List<Map<String, Object>> operations = (List<Map<String, Object>>) result.get("operations");
        assertThat(operations)
                .extracting(o -> o.get("operation"))
                .contains(
                        "/api/me (trivial, signed in)",
                        "coverage, issued revision (200)",
                        "coverage, working draft",
                        "draft page (HTML)",
                        "compare first revision -> working",
                        "clause edit (PUT, one clause per client)");
        assertThat(operations).allSatisfy(o -> {
            assertThat(((Load.Stats) o.get("http")).requests())
                    .as(o.get("operation") + " answered")
                    .isPositive();
            assertThat(((Load.Stats) o.get("http")).errors())
                    .as(o.get("operation") + " errors")
                    .isZero();
        });
    }
}
