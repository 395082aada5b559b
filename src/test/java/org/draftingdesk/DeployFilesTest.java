package org.draftingdesk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What {@code deploy/} promises, checked without Docker or a cluster: the compose file and the
 * Kubernetes manifest parse, name what they need, and keep every secret out of the repository.
 */
class DeployFilesTest {

    private static final YAMLMapper YAML = new YAMLMapper();
    private static final Path DEPLOY = Path.of("deploy");

    private static JsonNode compose() throws IOException {
        return YAML.readTree(DEPLOY.resolve("compose.yaml").toFile());
    }

    private static List<JsonNode> kubernetes() throws IOException {
        List<JsonNode> docs = new ArrayList<>();
        try (MappingIterator<JsonNode> it = YAML.readerFor(JsonNode.class)
                .readValues(DEPLOY.resolve("kubernetes/drafting-desk.yaml").toFile())) {
            it.forEachRemaining(d -> {
                if (d != null && !d.isEmpty()) {
                    docs.add(d);
                }
            });
        }
        return docs;
    }

    private static JsonNode kind(List<JsonNode> docs, String kind) {
        return docs.stream()
                .filter(d -> kind.equals(d.path("kind").asText()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " in the manifest"));
    }

    @Test
    void composeRunsTheServiceImageBesidePostgresWithAVolumeAndHealthChecks() throws IOException {
        JsonNode services = compose().path("services");
        assertThat(services.has("app")).isTrue();
        assertThat(services.has("postgres")).isTrue();

        JsonNode app = services.path("app");
        Path dockerfile = DEPLOY.resolve(app.path("build").path("context").asText())
                .resolve(app.path("build").path("dockerfile").asText())
                .normalize();
        assertThat(dockerfile).exists();
        assertThat(app.path("depends_on").path("postgres").path("condition").asText())
                .isEqualTo("service_healthy");
        assertThat(app.path("healthcheck").path("test").toString()).contains("/q/health/ready");
        assertThat(app.path("environment").path("QUARKUS_DATASOURCE_JDBC_URL").asText())
                .startsWith("jdbc:postgresql://postgres:5432/");

        JsonNode postgres = services.path("postgres");
        assertThat(postgres.path("healthcheck").path("test").toString()).contains("pg_isready");
        String mount = postgres.path("volumes").get(0).asText();
        assertThat(mount).endsWith(":/var/lib/postgresql/data");
        assertThat(compose().path("volumes").has(mount.substring(0, mount.indexOf(':'))))
                .isTrue();
    }

    @Test
    void composeTakesEverySecretFromTheEnvironmentAndTheExampleNamesEveryVariable() throws IOException {
        String text = Files.readString(DEPLOY.resolve("compose.yaml"));
        Properties example = new Properties();
        example.load(new StringReader(Files.readString(DEPLOY.resolve(".env.example"))));
        Set<String> referenced = new HashSet<>();
        Matcher m = Pattern.compile("(?<!\\$)\\$\\{([A-Z_][A-Z0-9_]*)(:?[-?][^}]*)?}")
                .matcher(text);
        while (m.find()) {
            referenced.add(m.group(1));
            if (m.group(1).contains("PASSWORD") || m.group(1).contains("KEY")) {
                assertThat(m.group(2))
                        .as("a secret has no default: " + m.group(1))
                        .startsWith(":?");
            }
        }
        assertThat(example.stringPropertyNames()).containsAll(referenced);
        example.stringPropertyNames().stream()
                .filter(k -> k.contains("PASSWORD") || k.contains("KEY"))
                .forEach(k -> assertThat(example.getProperty(k))
                        .as(k + " is left for the operator")
                        .isEmpty());

        compose()
                .path("services")
                .forEach(service -> service.path("environment").fields().forEachRemaining(e -> {
                    if (e.getKey().contains("PASSWORD") || e.getKey().endsWith("KEY")) {
                        assertThat(e.getValue().asText()).as(e.getKey()).startsWith("${");
                    }
                }));
        assertThat(Files.readString(Path.of(".gitignore"))).contains("deploy/.env");
    }

    @Test
    void kubernetesRollsOutWithoutDroppingRequests() throws IOException {
        List<JsonNode> docs = kubernetes();
        JsonNode deployment = kind(docs, "Deployment");
        JsonNode spec = deployment.path("spec");
        assertThat(spec.path("replicas").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(spec.path("strategy")
                        .path("rollingUpdate")
                        .path("maxUnavailable")
                        .asInt(-1))
                .isZero();

        JsonNode pod = spec.path("template").path("spec");
        JsonNode container = pod.path("containers").get(0);
        assertThat(container.path("readinessProbe").path("httpGet").path("path").asText())
                .isEqualTo("/q/health/ready");
        assertThat(container.path("livenessProbe").path("httpGet").path("path").asText())
                .isEqualTo("/q/health/live");
        assertThat(container.path("lifecycle").path("preStop").isMissingNode()).isFalse();

        // The grace period covers preStop, Quarkus' shutdown delay (readiness down) and its drain timeout.
        Properties app = new Properties();
        app.load(Files.newBufferedReader(Path.of("src/main/resources/application.properties")));
        assertThat(app.getProperty("quarkus.shutdown.delay-enabled")).isEqualTo("true");
        long delay =
                Duration.parse("PT" + app.getProperty("quarkus.shutdown.delay")).toSeconds();
        long drain = Duration.parse("PT" + app.getProperty("quarkus.shutdown.timeout"))
                .toSeconds();
        long preStop = Long.parseLong(container
                .path("lifecycle")
                .path("preStop")
                .path("exec")
                .path("command")
                .get(1)
                .asText());
        assertThat(delay).isPositive();
        assertThat(pod.path("terminationGracePeriodSeconds").asLong()).isGreaterThan(preStop + delay + drain);

        JsonNode budget = kind(docs, "PodDisruptionBudget");
        assertThat(budget.path("spec").path("minAvailable").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(budget.path("spec").path("selector")).isEqualTo(spec.path("selector"));
        assertThat(kind(docs, "Service").path("spec").path("selector"))
                .isEqualTo(spec.path("template").path("metadata").path("labels"));
    }

    @Test
    void kubernetesTakesEverySecretFromASecret() throws IOException {
        JsonNode container = kind(kubernetes(), "Deployment")
                .path("spec")
                .path("template")
                .path("spec")
                .path("containers")
                .get(0);
        container.path("env").forEach(e -> {
            if (e.path("name").asText().contains("PASSWORD")
                    || e.path("name").asText().endsWith("KEY")) {
                assertThat(e.path("value").isMissingNode())
                        .as(e.path("name").asText())
                        .isTrue();
                assertThat(e.path("valueFrom").path("secretKeyRef").path("name").asText())
                        .isNotEmpty();
            }
        });
    }
}
