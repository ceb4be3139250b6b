package dev.passerelle.slack.render;

import com.slack.api.model.block.DividerBlock;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import dev.passerelle.core.conversation.Block;
import dev.passerelle.core.conversation.EntryCard;
import dev.passerelle.core.conversation.Home;
import java.util.ArrayList;
import java.util.List;

/**
 * The App Home tab, the person's desk: their profile, their open questions, the pain register, and for those who
 * curate the review queue with its total, the open gaps and the week in figures, each entry with its buttons.
 */
final class HomeView {


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
        if (curates(home)) {
            stats(blocks, home);
        }
        list(blocks, home, home.say("home.questions"), "home.noQuestions", home.openQuestions());
        list(blocks, home, home.say("desk.painPoints", home.desk().painTotal(), home.painPoints().size()),
                "desk.noPainPoints", home.painPoints());
        if (curates(home)) {
            list(blocks, home, home.say("desk.review", home.desk().reviewTotal(), home.reviewQueue().size()),
                    "home.noReview", home.reviewQueue());
            list(blocks, home, home.say("desk.gaps", home.desk().gapTotal(), home.desk().gaps().size()),
                    "desk.noGaps", home.desk().gaps());
        }
        return View.builder().type("home").blocks(Text.cap(blocks, Limits.VIEW_BLOCKS)).build();
    }

    /** The last days in figures, one section: a few short lines, far below a section's limit. */
    private static void stats(List<LayoutBlock> blocks, Home home) {
        if (home.desk().stats().isEmpty()) {
            return;
        }
        blocks.add(DividerBlock.builder().build());
        blocks.add(header(home.say("desk.stats", dev.passerelle.core.curation.DeskView.STATS_DAYS)));
        blocks.add(Text.section(Mrkdwn.escape(String.join("\n", home.desk().stats()))));
    }

    private static String profile(Home home) {
        String team = home.me().team() == null || home.me().team().isBlank() ? home.say("none") : home.me().team();
        return home.say("home.profile", home.me().name(), team, home.role());
    }

    static boolean curates(Home home) {
        return home.curator();
    }

    /** A titled list: each card, the line it comes with (votes and trend, askers and who may know), its buttons. */
    private void list(List<LayoutBlock> blocks, Home home, String title, String none, List<EntryCard> cards) {
        blocks.add(DividerBlock.builder().build());
        blocks.add(header(title));
        if (cards.isEmpty()) {
            blocks.add(Text.context(Mrkdwn.escape(home.say(none))));
        }
        for (EntryCard card : cards) {
            blocks.add(entries.summary(card, home.language()));
            home.line(card).ifPresent(line -> blocks.add(Text.context(Mrkdwn.escape(line))));
            blocks.addAll(EntryBlocks.buttons(card, home.language()));
        }
    }

    private static HeaderBlock header(String text) {
        return HeaderBlock.builder().text(Text.plain(text, Limits.HEADER_TEXT)).build();
    }
}
