package dev.passerelle.core.curation;

import dev.passerelle.core.conversation.Block;
import dev.passerelle.core.conversation.EntryCard;
import dev.passerelle.core.conversation.Home;
import dev.passerelle.core.conversation.Reply;
import java.util.ArrayList;
import java.util.List;

/**
 * The desk as a reply ({@code /kb desk}, a Teams personal-chat card): a section per part, each followed by its
 * cards and their buttons; the text is the same, for clients without cards.
 */
final class DeskReply {

    private DeskReply() {
    }

    static Reply of(Home home) {
        List<Block> blocks = new ArrayList<>();
        String team = home.me().team() == null || home.me().team().isBlank() ? home.say("none") : home.me().team();
        blocks.add(new Block.Section(home.say("desk.title") + "\n" + home.say("home.profile", home.me().name(), team,
                home.role()) + "\n" + (home.skills().isEmpty() ? home.say("home.noSkills")
                : home.say("home.skills", String.join(", ", home.skills())))));
        // The figures first: a Slack message holds 50 blocks, and a full desk's cards may fill them.
        if (home.curator()) {
            blocks.add(new Block.Section(home.say("desk.stats", DeskView.STATS_DAYS) + "\n"
                    + String.join("\n", home.desk().stats())));
        }
        part(blocks, home, home.say("home.questions"), home.say("home.noQuestions"), home.openQuestions());
        part(blocks, home, home.say("desk.painPoints", home.desk().painTotal(), home.painPoints().size()),
                home.say("desk.noPainPoints"), home.painPoints());
        if (home.curator()) {
            part(blocks, home, home.say("desk.review", home.desk().reviewTotal(), home.reviewQueue().size()),
                    home.say("home.noReview"), home.reviewQueue());
            part(blocks, home, home.say("desk.gaps", home.desk().gapTotal(), home.desk().gaps().size()),
                    home.say("desk.noGaps"), home.desk().gaps());
        }
        String text = String.join("\n\n", blocks.stream().filter(Block.Section.class::isInstance)
                .map(block -> ((Block.Section) block).text()).toList());
        return new Reply(text, null, true, blocks);
    }

    /** A title with the cards' lines under it, then the cards; or the title and what says there are none. */
    private static void part(List<Block> blocks, Home home, String title, String none, List<EntryCard> cards) {
        if (cards.isEmpty()) {
            blocks.add(new Block.Section(title + "\n" + none));
            return;
        }
        List<String> lines = new ArrayList<>(List.of(title));
        cards.forEach(card -> home.line(card).ifPresent(line -> lines.add("• " + line)));
        blocks.add(new Block.Section(String.join("\n", lines)));
        blocks.add(new Block.Entries(cards));
    }
}
