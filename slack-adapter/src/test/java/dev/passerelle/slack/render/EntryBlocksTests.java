package dev.passerelle.slack.render;

import static dev.passerelle.slack.render.TestCards.CHANNEL;
import static dev.passerelle.slack.render.TestCards.TS;
import static dev.passerelle.slack.render.TestCards.entry;
import static dev.passerelle.slack.render.TestCards.reply;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import dev.passerelle.core.conversation.Block;
import dev.passerelle.core.conversation.EntryCard;
import dev.passerelle.core.vocabulary.EntryKind;
import dev.passerelle.core.vocabulary.EntryStatus;
import dev.passerelle.core.vocabulary.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EntryBlocksTests {

    @Test
    void verifiedEntryCarriesTheBadge() {
        String section = sectionText(new BlockKit(Permalinks.none()), entry(12).build(), Language.EN);

        assertThat(section).isEqualTo("*#12 FAQ* ✅ Verified\n*How do I export the CRM?*\nSettings, then Export.");
    }

    @Test
    void aStaleEntrySaysWhenItWasLastCheckedUnderIt() {
        EntryCard stale = entry(12).build().withStale(new EntryCard.Stale(java.time.Instant.parse("2026-06-01T00:00:00Z"),
                java.time.Instant.parse("2026-08-30T00:00:00Z"), "Last checked 6 months ago <now>"));

        List<String> texts = Rendered.strings(new BlockKit(Permalinks.none()).blocks(reply(entries(stale)), Language.EN));

        assertThat(texts).contains("⏳ Last checked 6 months ago &lt;now&gt;");
    }

    @Test
    void draftEntrySaysDraftAndHasNoBadge() {
        EntryCard draft = entry(12).status(EntryStatus.DRAFT).build();

        String section = sectionText(new BlockKit(Permalinks.none()), draft, Language.EN);

        assertThat(section).startsWith("*#12 FAQ* · draft\n").doesNotContain("✅", "Verified");
    }

    @Test
    void speaksTheAskersLanguage() {
        EntryCard pain = entry(7).kind(EntryKind.PAIN_POINT).votes(3).build();

        String section = sectionText(new BlockKit(Permalinks.none()), pain, Language.FR);

        assertThat(section).startsWith("*#7 Irritant* ✅ Vérifiée · 3 votes\n");
    }

    @Test
    void sourceIsLinkedWhenItsPermalinkIsKnown() {
        Permalinks links = (channel, ts) -> Optional.of("https://acme.slack.com/archives/" + channel + "/p1?a=1&b=2");

        List<String> texts = Rendered.strings(new BlockKit(links).blocks(reply(entries(entry(12).build())),
                Language.EN));

        assertThat(texts).contains("<https://acme.slack.com/archives/C0123ABC/p1?a=1&amp;b=2|Source>");
    }

    @Test
    void asksForTheSourceMessageInItsChannel() {
        List<String> asked = new ArrayList<>();
        Permalinks links = (channel, ts) -> {
            asked.add(channel + "/" + ts);
            return Optional.empty();
        };

        new BlockKit(links).blocks(reply(entries(entry(12).build())), Language.EN);

        assertThat(asked).containsExactly(CHANNEL + "/" + TS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JavaScript://acme.slack.com/%0Aalert(1)", "data:text/html,hi",
            "https://acme.slack.com/x|pwned", "https://acme.slack.com/x><!channel", "https://acme.slack.com/a b",
            "//acme.slack.com/x", "not a url"})
    void unsafePermalinkIsNotLinked(String unsafe) {
        Permalinks links = (channel, ts) -> Optional.of(unsafe);

        List<String> texts = Rendered.strings(new BlockKit(links).blocks(reply(entries(entry(12).build())),
                Language.EN));

        assertThat(String.join("\n", texts)).doesNotContain(unsafe).doesNotContainIgnoringCase("javascript:");
        assertThat(texts).contains("source: message " + TS);
    }

    @Test
    void unknownPermalinkShowsTheMessageId() {
        List<String> texts = Rendered.strings(new BlockKit(Permalinks.none()).blocks(reply(entries(entry(12).build())),
                Language.FR));

        assertThat(texts).contains("source : message " + TS);
    }

    @Test
    void entryWithoutSourceHasNoContextLine() {
        EntryCard manual = entry(12).source(null, null).build();

        JsonArray blocks = Rendered.json(new BlockKit(TestCards.knownLink()).blocks(reply(entries(manual)),
                Language.EN)).getAsJsonArray();

        assertThat(blocks).hasSize(1);
    }

    @Test
    void longBodyIsCutToTheSectionLimit() {
        EntryCard huge = entry(12).body("é<".repeat(5000)).build();

        String section = sectionText(new BlockKit(Permalinks.none()), huge, Language.EN);

        assertThat(section).hasSizeLessThanOrEqualTo(3000).endsWith("…").startsWith("*#12 FAQ* ✅ Verified\n");
        assertThat(section).doesNotContain("<").doesNotMatch("(?s).*&[a-z]{0,3}…$");
    }

    private static Block.Entries entries(EntryCard... cards) {
        return new Block.Entries(List.of(cards));
    }

    private static String sectionText(BlockKit kit, EntryCard card, Language language) {
        return Rendered.json(kit.blocks(reply(entries(card)), language)).getAsJsonArray().get(0).getAsJsonObject()
                .getAsJsonObject("text").get("text").getAsString();
    }
}
