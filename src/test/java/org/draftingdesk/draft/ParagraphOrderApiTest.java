package org.draftingdesk.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.draftingdesk.support.Drafting.addClause;
import static org.draftingdesk.support.Drafting.draft;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.draftingdesk.support.Api;
import org.draftingdesk.support.Drafting;
import org.draftingdesk.support.Drafting.Setup;
import org.junit.jupiter.api.Test;

/** Paragraphs keep the order people put them in, however many insertions exhaust the gaps. */
@QuarkusTest
class ParagraphOrderApiTest {

    @Test
    void preambularParagraphsAppendedOneAfterAnotherStayInOrder() {
        Setup s = Drafting.processWithCoFacilitator("Append PPs");
        addClause(s, "OP", "We commit to act.", null);
        List<String> expected = new ArrayList<>();
        for (int i = 1; i <= 15; i++) {
            addClause(s, "PP", "Recalling paragraph " + i + ",", null);
            expected.add("Recalling paragraph " + i + ",");
        }
        expected.add("We commit to act.");

        JsonPath d = draft(s);
        assertThat(d.getList("clauses.text", String.class)).containsExactlyElementsOf(expected);
        assertThat(d.getList("clauses.label", String.class))
                .startsWith("PP1", "PP2", "PP3")
                .endsWith("PP15", "OP1");
    }

    @Test
    void insertingAfterTheSameClauseAgainAndAgainKeepsEachNewOneRightAfterIt() {
        Setup s = Drafting.processWithCoFacilitator("Insert after");
        long first = addClause(s, "OP", "First.", null).getLong("id");
        addClause(s, "OP", "Last.", null);
        List<String> expected = new ArrayList<>();
        expected.add("First.");
        for (int i = 1; i <= 14; i++) {
            addClause(s, "OP", "Inserted " + i + ".", first);
            expected.add(1, "Inserted " + i + ".");
        }
        expected.add("Last.");
        assertThat(draft(s).getList("clauses.text", String.class)).containsExactlyElementsOf(expected);
    }

    @Test
    void movingAClauseToTheSameGapAgainAndAgainKeepsTheOrder() {
        Setup s = Drafting.processWithCoFacilitator("Moves");
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            ids.add(addClause(s, "OP", "Paragraph " + i + ".", null).getLong("id"));
        }
        // Repeatedly move the last clause to right after the first one: the gap after it halves each time.
        List<Long> expected = new ArrayList<>(ids);
        for (int i = 0; i < 14; i++) {
            long moving = expected.get(expected.size() - 1);
            int version = Api.asUser(s.coFacilitator())
                    .get("/api/processes/{pid}/draft/clauses/{cid}", s.processId(), moving)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getInt("version");
            Api.asUser(s.coFacilitator())
                    .contentType("application/json")
                    .body(Map.of("after", expected.get(0), "version", version))
                    .post("/api/processes/{pid}/draft/clauses/{cid}/move", s.processId(), moving)
                    .then()
                    .statusCode(200);
            expected.remove(expected.size() - 1);
            expected.add(1, moving);
        }
        assertThat(draft(s).getList("clauses.id", Long.class)).containsExactlyElementsOf(expected);
    }
}
