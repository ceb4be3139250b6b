package dev.passerelle.core.bot;

import dev.passerelle.core.conversation.Asker;
import dev.passerelle.core.conversation.Home;
import dev.passerelle.core.conversation.Reply;
import dev.passerelle.core.curation.DeskView;

/**
 * Builds a person's home page, their desk, from the store, showing only what they may see: Slack's Home tab, the
 * reply to {@code /kb desk} (a Teams personal-chat card), and the desk redrawn after a click on it.
 */
public final class HomeViews {

    private final DeskView desk;

    public HomeViews(DeskView desk) {
        this.desk = desk;
    }

    public Home home(Asker asker) {
        return desk.home(asker);
    }

    /** The desk as a reply, for a click on it to redraw it whole. */
    public Reply desk(Asker asker) {
        return desk.reply(asker);
    }
}
