package dev.passerelle.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.core.conversation.SaveForm.Submission;
import dev.passerelle.core.vocabulary.EntryKind;
import dev.passerelle.core.vocabulary.Language;
import java.util.List;
import org.junit.jupiter.api.Test;

class SaveFormTests {

    @Test
    void offersTheThreeKindsInTheSaversLanguageWithInsightFirstChosen() {
        SaveForm form = SaveForm.of("Astuce : redémarrez Teams", Language.FR);

        assertThat(form.kinds()).extracting(SaveForm.Choice::value).containsExactly("faq", "insight", "pain_point");
        assertThat(form.kinds()).extracting(SaveForm.Choice::label).contains("Irritant");
        assertThat(form.initialKind()).isEqualTo(EntryKind.INSIGHT);
        assertThat(form.label("submit")).isEqualTo("Enregistrer");
        assertThat(SaveForm.of(null, Language.EN).text()).isEmpty();
    }

    @Test
    void readsAFilledFormWithItsTagsCleaned() {
        Submission read = SaveForm.read("pain_point", "  The VPN drops every hour  ", " #VPN, réseau;vpn  IT ",
                Language.EN);

        assertThat(read).isEqualTo(new Submission.Filled(EntryKind.PAIN_POINT, "The VPN drops every hour",
                List.of("vpn", "réseau", "it")));
    }

    @Test
    void anEmptyTextIsSentBackToItsFieldInTheFormsLanguage() {
        assertThat(SaveForm.read("insight", "   ", null, Language.FR))
                .isEqualTo(new Submission.Invalid(SaveForm.TEXT, "Le texte est vide : écrivez ce qu’il faut enregistrer."));
        assertThat(SaveForm.read("insight", null, null, Language.EN))
                .isEqualTo(new Submission.Invalid(SaveForm.TEXT, "The text is empty: write what to save."));
    }

    @Test
    void aKindThatIsNoKindOfTheFormIsRefusedAndNoKindMeansInsight() {
        assertThat(SaveForm.read("question", "Who owns the CRM?", null, Language.EN))
                .isInstanceOf(Submission.Invalid.class).extracting(i -> ((Submission.Invalid) i).field())
                .isEqualTo(SaveForm.KIND);
        assertThat(SaveForm.read(null, "Restart Teams", null, Language.EN))
                .isEqualTo(new Submission.Filled(EntryKind.INSIGHT, "Restart Teams", List.of()));
    }

    @Test
    void aFaqWithoutItsAnswerIsSentBack() {
        assertThat(SaveForm.read("faq", "How do I book a room?", "", Language.EN))
                .isEqualTo(new Submission.Invalid(SaveForm.TEXT, "A FAQ needs its answer after a | : question | answer."));
        assertThat(SaveForm.read("faq", "How do I book a room? |  ", "", Language.EN))
                .isInstanceOf(Submission.Invalid.class);
        assertThat(SaveForm.read("FAQ", "How do I book a room? | In Outlook", "", Language.EN))
                .isInstanceOf(Submission.Filled.class);
    }

    @Test
    void anOverlongTagIsSentBackToTheTagsField() {
        assertThat(SaveForm.read("insight", "Restart Teams", "x".repeat(51), Language.EN))
                .isEqualTo(new Submission.Invalid(SaveForm.TAGS, "Keep each tag under 50 characters."));
    }
}
