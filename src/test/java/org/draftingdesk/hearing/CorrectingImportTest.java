package org.draftingdesk.hearing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.draftingdesk.support.Api.asAdmin;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.draftingdesk.account.AccountService.Account;
import org.draftingdesk.account.GlobalRole;
import org.draftingdesk.hearing.SourceViews.RecommendationDetail;
import org.draftingdesk.hearing.SourceViews.SourceDetail;
import org.draftingdesk.hearing.SourceViews.ThemeDetail;
import org.draftingdesk.problem.Problem;
import org.draftingdesk.support.Api;
import org.draftingdesk.support.Fixtures;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CorrectingImportTest {

    @Inject
    CorrectingImport corrections;

    @Inject
    HearingImportService sources;

    /** A secretariat account as the services see it (corrections are the secretariat's). */
    private static Account as(String username) {
        return new Account(0, username, username, GlobalRole.SECRETARIAT, null);
    }

    private SourceDetail freshSource() {
        long pid = Api.newProcess("Corrections");
        long sid = asAdmin()
                .contentType("text/plain")
                .body(Fixtures.SMALL_SUMMARY)
                .post("/api/processes/{pid}/sources", pid)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        return sources.detail(sid);
    }

    private static List<String> texts(ThemeDetail theme) {
        return theme.recommendations().stream().map(RecommendationDetail::text).toList();
    }

    @Test
    void renamingAThemeIsRecordedWithWhoAndWhen() {
        SourceDetail source = freshSource();
        corrections.renameTheme(source.themes().get(0).id(), "Protect and support survivors", as("alice"));
        assertThat(sources.detail(source.id()).themes().get(0).title()).isEqualTo("Protect and support survivors");
        var log = sources.context(source.id()).corrections();
        assertThat(log).singleElement().satisfies(c -> {
            assertThat(c.actor()).isEqualTo("alice");
            assertThat(c.action()).isEqualTo("rename-theme");
            assertThat(c.detail()).contains("'Protect survivors' -> 'Protect and support survivors'");
            assertThat(c.at()).isNotNull();
        });
    }

    @Test
    void mergingMovesEveryRecommendationAndRemovesTheOtherTheme() {
        SourceDetail source = freshSource();
        corrections.mergeThemes(
                source.themes().get(0).id(), source.themes().get(1).id(), as("bob"));
        SourceDetail after = sources.detail(source.id());
        assertThat(after.themes()).hasSize(1);
        assertThat(texts(after.themes().get(0)))
                .containsExactly(
                        "Participants called for unconditional support for victims.",
                        "Member States should fund shelters.",
                        "Stakeholders urged Member States to regulate online platforms.");
    }

    @Test
    void splittingCutsAThemeBeforeARecommendation() {
        SourceDetail source = freshSource();
        ThemeDetail first = source.themes().get(0);
        corrections.splitTheme(first.id(), first.recommendations().get(1).id(), "Fund shelters", as("carol"));
        SourceDetail after = sources.detail(source.id());
        assertThat(after.themes())
                .extracting(ThemeDetail::title)
                .containsExactly("Protect survivors", "Use technology well", "Fund shelters");
        assertThat(texts(after.themes().get(2))).containsExactly("Member States should fund shelters.");
        assertThatThrownBy(() -> corrections.splitTheme(
                        first.id(), first.recommendations().get(0).id(), "x", as("carol")))
                .isInstanceOf(Problem.Unprocessable.class);
    }

    @Test
    void movingEditingDeletingAndAddingRecommendations() {
        SourceDetail source = freshSource();
        ThemeDetail first = source.themes().get(0);
        ThemeDetail second = source.themes().get(1);
        RecommendationDetail shelters = first.recommendations().get(1);

        corrections.moveRecommendation(shelters.id(), second.id(), as("dan"));
        corrections.editRecommendation(
                shelters.id(), "Member States should fund  shelters for survivors.", "member states", as("dan"));
        corrections.deleteRecommendation(first.recommendations().get(0).id(), as("dan"));
        corrections.addRecommendation(first.id(), "Survivors asked to be heard.", "survivors", as("dan"));

        SourceDetail after = sources.detail(source.id());
        assertThat(texts(after.themes().get(0))).containsExactly("Survivors asked to be heard.");
        assertThat(after.themes().get(0).recommendations().get(0).addedByHand()).isTrue();
        assertThat(texts(after.themes().get(1)))
                .containsExactly(
                        "Stakeholders urged Member States to regulate online platforms.",
                        "Member States should fund shelters for survivors.");
        assertThat(after.themes().get(1).recommendations().get(1).stakeholderGroup())
                .isEqualTo("member states");
        assertThat(sources.context(source.id()).corrections())
                .extracting(SourceViews.CorrectionView::action)
                .containsExactlyInAnyOrder(
                        "move-recommendation", "edit-recommendation", "delete-recommendation", "add-recommendation");
    }

    @Test
    void badFixesAreRefusedAndChangeNothing() {
        SourceDetail source = freshSource();
        long themeId = source.themes().get(0).id();
        assertThatThrownBy(() -> corrections.renameTheme(themeId, "  ", as("eve")))
                .isInstanceOf(Problem.BadInput.class);
        assertThatThrownBy(() -> corrections.addRecommendation(themeId, "Text", "astronauts", as("eve")))
                .isInstanceOf(Problem.BadInput.class);
        assertThatThrownBy(() -> corrections.mergeThemes(themeId, themeId, as("eve")))
                .isInstanceOf(Problem.BadInput.class);
        assertThatThrownBy(() -> corrections.renameTheme(999999999L, "x", as("eve")))
                .isInstanceOf(Problem.NotFound.class);
        assertThat(sources.detail(source.id())).isEqualTo(source);
        assertThat(sources.context(source.id()).corrections()).isEmpty();
    }
}
