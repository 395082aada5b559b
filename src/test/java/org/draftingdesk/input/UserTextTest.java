package org.draftingdesk.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.draftingdesk.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UserTextTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "We\u0000commit",
                "bell\u0007",
                "esc\u001b[31m",
                "del\u007f",
                "c1\u0085x",
                "lone \ud800 high",
                "lone \udc00 low",
                "non\ufffe",
                "non\uffff",
                "non\ufdd0"
            })
    void controlCharactersSurrogatesAndNonCharactersAreRefusedNamingTheField(String text) {
        assertThatThrownBy(() -> UserText.required("rationale", text, 100))
                .isInstanceOfSatisfying(Problem.BadInput.class, p -> {
                    assertThat(p.extensions()).containsEntry("field", "rationale");
                    assertThat(p.detail()).startsWith("rationale: contains");
                });
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "   ",
                "\u200b",
                "\u200b\u200c\u200d",
                "\ufeff",
                "\u200e\u200f",
                "\u202a\u202c",
                "\u2066\u2069",
                "\u00a0\u00a0",
                "\u2060",
                "\u3000",
                "\u00ad",
                "\t\n\r",
                "\ufeff\u00a0\u200b"
            })
    void textOfInvisibleCharactersOnlyIsEmpty(String text) {
        assertThat(UserText.isEmpty(text)).isTrue();
        assertThat(UserText.optional("note", text, 100)).isNull();
        assertThatThrownBy(() -> UserText.required("text", text, 100))
                .isInstanceOfSatisfying(Problem.BadInput.class, p -> {
                    assertThat(p.detail()).isEqualTo("text is empty");
                    assertThat(p.extensions()).containsEntry("field", "text");
                });
    }

    @Test
    void visibleTextIsKeptTrimmedOfInvisibleEdgesWithInnerJoinersAndLineBreaksIntact() {
        assertThat(UserText.required("text", "\ufeff  We commit\tto act,\nnow.\u200b ", 100))
                .isEqualTo("We commit\tto act,\nnow.");
        assertThat(UserText.required("text", "👩\u200d⚖️ نص عربي\u200f", 100)).isEqualTo("👩\u200d⚖️ نص عربي");
        assertThat(UserText.required("text", "𝐁old", 100)).isEqualTo("𝐁old");
    }

    @Test
    void lengthIsCountedInCharactersAPersonSees() {
        assertThat(UserText.required("title", "😀".repeat(10), 10)).hasSize(20);
        assertThatThrownBy(() -> UserText.required("title", "x".repeat(11), 10))
                .isInstanceOfSatisfying(
                        Problem.BadInput.class,
                        p -> assertThat(p.detail()).isEqualTo("title: longer than 10 characters"));
    }
}
