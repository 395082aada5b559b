package org.draftingdesk.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.draftingdesk.support.Drafting.addClause;
import static org.draftingdesk.support.Drafting.edit;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import org.draftingdesk.support.Api;
import org.draftingdesk.support.Drafting;
import org.draftingdesk.support.Drafting.Setup;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RevisionImmutabilityTest {

    @Inject
    EntityManager em;

    private static String revision(Setup s, long rid) {
        return Api.asUser(s.coFacilitator())
                .get("/api/processes/{pid}/revisions/{rev}", s.processId(), rid)
                .then()
                .statusCode(200)
                .extract()
                .asString();
    }

    @Test
    void anIssuedRevisionIsUnchangedByEditsMovesDeletesAndRenumbering() {
        Setup s = Drafting.processWithCoFacilitator("Immutable");
        long a = addClause(s, "OP", "We commit to act.", null).getLong("id");
        long b = addClause(s, "OP", "We decide to meet.", null).getLong("id");
        long c = addClause(s, "OP", "Inserted paragraph.", a).getLong("id");
        long zero = Drafting.issue(s, "Zero draft");
        String frozen = revision(s, zero);
        assertThat(frozen)
                .contains("\"label\":\"Zero draft\"")
                .contains("OP1bis")
                .contains("We commit to act.");

        edit(s, a, "We commit to act decisively.", 1);
        var as = Api.asUser(s.coFacilitator()).contentType("application/json");
        as.body(Map.of("version", 1))
                .post("/api/processes/{pid}/draft/clauses/{cid}/move", s.processId(), b)
                .then()
                .statusCode(200);
        Api.asUser(s.coFacilitator())
                .queryParam("version", 1)
                .delete("/api/processes/{pid}/draft/clauses/{cid}", s.processId(), c)
                .then()
                .statusCode(204);
        Api.asUser(s.coFacilitator())
                .post("/api/processes/{pid}/draft/renumber", s.processId())
                .then()
                .statusCode(200);
        Drafting.issue(s, "Rev.1");

        assertThat(revision(s, zero)).isEqualTo(frozen);
    }

    @Test
    void theDatabaseRefusesToChangeAnIssuedRevisionWhateverThePath() {
        Setup s = Drafting.processWithCoFacilitator("Immutable by SQL");
        addClause(s, "OP", "We commit to act.", null);
        long zero = Drafting.issue(s, "Zero draft");
        String frozen = revision(s, zero);

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew()
                        .run(() -> em.createNativeQuery(
                                        "update revision_clause set body = 'tampered' where revision_id = :r")
                                .setParameter("r", zero)
                                .executeUpdate()))
                .hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew()
                        .run(() -> em.createNativeQuery("delete from revision where id = :r")
                                .setParameter("r", zero)
                                .executeUpdate()))
                .hasStackTraceContaining("append-only");
        assertThat(revision(s, zero)).isEqualTo(frozen);
    }

    @Test
    void revisionLabelsAreUniqueAndAnEmptyDraftIsNotIssued() {
        Setup s = Drafting.processWithCoFacilitator("Labels of revisions");
        Api.asUser(s.coFacilitator())
                .contentType("application/json")
                .body(Map.of("label", "Zero draft"))
                .post("/api/processes/{pid}/revisions", s.processId())
                .then()
                .statusCode(422);
        addClause(s, "OP", "We commit.", null);
        Drafting.issue(s, "Zero draft");
        // A label taken twice is a real conflict with what exists: 409 naming the field.
        Api.asUser(s.coFacilitator())
                .contentType("application/json")
                .body(Map.of("label", "zero draft"))
                .post("/api/processes/{pid}/revisions", s.processId())
                .then()
                .statusCode(409)
                .body("field", org.hamcrest.Matchers.equalTo("label"));
        Api.asUser(s.coFacilitator())
                .get("/api/processes/{pid}/revisions", s.processId())
                .then()
                .body("label", org.hamcrest.Matchers.contains("Zero draft"));
    }
}
