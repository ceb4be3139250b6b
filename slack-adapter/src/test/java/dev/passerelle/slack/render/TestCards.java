package dev.passerelle.slack.render;

import dev.passerelle.core.conversation.Block;
import dev.passerelle.core.conversation.PersonCard;
import dev.passerelle.core.conversation.Reply;
import java.util.Optional;

/** The core's shared test cards, with their sources in one Slack message whose permalink is known. */
final class TestCards {

    static final String CHANNEL = "C0123ABC";
    static final String TS = "1700000000.000100";
    static final String PERMALINK = "https://acme.slack.com/archives/C0123ABC/p1700000000000100";
    private static final dev.passerelle.core.conversation.TestCards CARDS =
            dev.passerelle.core.conversation.TestCards.on(CHANNEL, TS);

    private TestCards() {
    }

    static dev.passerelle.core.conversation.TestCards.EntryBuilder entry(long id) {
        return CARDS.entry(id);
    }

    static PersonCard person(String user, String name) {
        return CARDS.person(user, name);
    }

    static Reply reply(Block... blocks) {
        return dev.passerelle.core.conversation.TestCards.reply(blocks);
    }

    /** Knows one message's link: {@link #CHANNEL}/{@link #TS}. */
    static Permalinks knownLink() {
        return (channel, ts) -> channel.equals(CHANNEL) && ts.equals(TS) ? Optional.of(PERMALINK) : Optional.empty();
    }
}
