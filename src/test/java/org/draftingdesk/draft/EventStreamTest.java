package org.draftingdesk.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.draftingdesk.support.Drafting.addClause;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.draftingdesk.support.Drafting;
import org.draftingdesk.support.Drafting.Setup;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EventStreamTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    EntityManager em;

    /** Subscribes as {@code user} and completes with the first data line that contains {@code wanted}. */
    private CompletableFuture<String> firstEventContaining(Setup s, String wanted) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        String credentials = Base64.getEncoder()
                .encodeToString((s.coFacilitator() + ":" + s.coFacilitator() + "-pw").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "api/processes/" + s.processId() + "/events"))
                .header("Authorization", "Basic " + credentials)
                .header("Accept", "text/event-stream")
                .GET()
                .build();
        HttpResponse<Stream<String>> response =
                client.sendAsync(request, HttpResponse.BodyHandlers.ofLines()).get(10, TimeUnit.SECONDS);
        assertThat(response.statusCode()).isEqualTo(200);
        return CompletableFuture.supplyAsync(() -> response.body()
                .filter(line -> line.startsWith("data:") && line.contains(wanted))
                .findFirst()
                .orElse(null));
    }

    @Test
    void aClauseEditReachesSubscribersAsAServerSentEvent() throws Exception {
        Setup s = Drafting.processWithCoFacilitator("Events");
        long clause = addClause(s, "OP", "We commit.", null).getLong("id");
        CompletableFuture<String> event = firstEventContaining(s, "clause-edited");
        Thread.sleep(300);
        Drafting.edit(s, clause, "We commit to act.", 1);
        String line = event.get(20, TimeUnit.SECONDS);
        assertThat(line)
                .contains("\"type\":\"clause-edited\"")
                .contains("\"clauseId\":" + clause)
                .contains("\"actor\":\"" + s.coFacilitator() + "\"");
    }

    @Test
    void aChangeAnnouncedByAnotherReplicaReachesSubscribersHereToo() throws Exception {
        Setup s = Drafting.processWithCoFacilitator("Events across replicas");
        CompletableFuture<String> event = firstEventContaining(s, "revision-issued");
        Thread.sleep(300);
        // Another replica writes to the same database channel.
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("select pg_notify('drafting_events', :payload)")
                        .setParameter(
                                "payload",
                                "{\"type\":\"revision-issued\",\"processId\":" + s.processId()
                                        + ",\"revisionId\":1,\"label\":\"Rev.9\",\"actor\":\"elsewhere\"}")
                        .getSingleResult());
        assertThat(event.get(20, TimeUnit.SECONDS)).contains("Rev.9");
    }

    @Test
    void someoneOutsideTheProcessCannotSubscribe() throws Exception {
        Setup s = Drafting.processWithCoFacilitator("Events private");
        String outsider = org.draftingdesk.support.Api.newUser("user");
        org.draftingdesk.support.Api.asUser(outsider)
                .get("/api/processes/{pid}/events", s.processId())
                .then()
                .statusCode(403);
    }
}
