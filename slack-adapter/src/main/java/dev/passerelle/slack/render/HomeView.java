package dev.passerelle.slack.render;

import com.slack.api.model.block.DividerBlock;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import dev.passerelle.core.conversation.Action;
import dev.passerelle.core.conversation.Block;
import dev.passerelle.core.conversation.EntryCard;
import dev.passerelle.core.conversation.Home;
import java.util.ArrayList;
import java.util.List;

/**
 * The App Home tab: the person's profile, their open questions, the most backed pain points,
 * and for those who curate, the entries waiting for review with Verify and Archive buttons.
 */
final class HomeView {

    static final String VERIFY = "curation.verify";
    static final String ARCHIVE = "curation.archive";

    private final EntryBlocks entries;

    HomeView(EntryBlocks entries) {
        this.entries = entries;
    }

    View view(Home home) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(header(home.say("home.title")));
        blocks.add(Text.section(Mrkdwn.escape(profile(home))));
        blocks.add(Text.section(Mrkdwn.escape(home.skills().isEmpty()
                ? home.say("home.noSkills")
                : home.say("home.skills", String.join(", ", home.skills())))));
        list(blocks, home, "home.questions", "home.noQuestions", home.openQuestions(), false);
        list(blocks, home, "home.painPoints", "home.noPainPoints", home.painPoints(), false);
        if (curates(home)) {
            list(blocks, home, "home.review", "home.noReview", home.reviewQueue(), true);
        }
        return View.builder().type("home").blocks(Text.cap(blocks, Limits.VIEW_BLOCKS)).build();
    }

    private static String profile(Home home) {
        String team = home.me().team() == null || home.me().team().isBlank() ? home.say("none") : home.me().team();
        return home.say("home.profile", home.me().name(), team, home.role());
    }

    static boolean curates(Home home) {
        return home.curator();
    }

    private void list(List<LayoutBlock> blocks, Home home, String title, String none, List<EntryCard> cards,
            boolean review) {
        blocks.add(DividerBlock.builder().build());
        blocks.add(header(home.say(title)));
        if (cards.isEmpty()) {
            blocks.add(Text.context(Mrkdwn.escape(home.say(none))));
        }
        for (EntryCard card : cards) {
            blocks.add(entries.summary(card, home.language()));
            if (review) {
                blocks.addAll(BlockKit.actions(List.of(
                        new Block.Button(home.say("button.verify"), Action.VERIFY, card.id()),
                        new Block.Button(home.say("button.archive"), Action.ARCHIVE, card.id()))));
            }
        }
    }

    private static HeaderBlock header(String text) {
        return HeaderBlock.builder().text(Text.plain(text, Limits.HEADER_TEXT)).build();
    }
}
