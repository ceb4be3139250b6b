package dev.passerelle.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.core.conversation.EditForm.Submission;
import dev.passerelle.core.vocabulary.EntryKind;
import dev.passerelle.core.vocabulary.Language;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EditFormTests {

    @Test
    void readsAFaqsQuestionAnswerAndTagsAsTagReadsThem() {
        Map<String, String> sent = Map.of("question", "  Where is the badge desk? ", "answer", "Floor 3 ",
                "tags", "#Badges, security;  ##Onboarding badges");

        assertThat(EditForm.read(EntryKind.FAQ, sent::get, Language.EN)).isEqualTo(new Submission.Filled(
                "Where is the badge desk?", "Floor 3", List.of("badges", "security", "onboarding")));
    }

    @Test
    void anEmptyRequiredFieldIsSentBackToItsFieldInTheFormsLanguage() {
        assertThat(EditForm.read(EntryKind.FAQ, Map.of("question", "Where?", "answer", "  ")::get, Language.FR))
                .isEqualTo(new Submission.Invalid("answer", "Ce champ ne peut pas être vide : écrivez le nouveau texte."));
        assertThat(EditForm.read(EntryKind.INSIGHT, Map.<String, String>of()::get, Language.EN))
                .isEqualTo(new Submission.Invalid("title", "This cannot be empty: write the new text."));
    }

    @Test
    void aTagTooLongForTagIsRefused() {
        assertThat(EditForm.read(EntryKind.PAIN_POINT, Map.of("title", "VPN drops", "tags", "x".repeat(41))::get,
                Language.EN)).isEqualTo(new Submission.Invalid("tags", "Keep each tag under 40 characters."));
    }

    @Test
    void anInsightHasNoAnswerAndNoTagsIsNone() {
        assertThat(EditForm.read(EntryKind.INSIGHT, Map.of("title", "Ctrl+K", "answer", "ignored")::get, Language.EN))
                .isEqualTo(new Submission.Filled("Ctrl+K", null, List.of()));
        assertThat(new EditForm(Language.EN, 3, EntryKind.INSIGHT, "Ctrl+K", "ignored", List.of()).answer()).isNull();
    }
}
