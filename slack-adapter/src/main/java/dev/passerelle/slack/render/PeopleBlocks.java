package dev.passerelle.slack.render;

import com.slack.api.model.block.LayoutBlock;
import dev.passerelle.core.conversation.PersonCard;
import dev.passerelle.core.vocabulary.Language;
import dev.passerelle.core.vocabulary.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One person as a section (a mention, their team, one bullet per reason) and a context line
 * linking to the messages that justify the name.
 */
final class PeopleBlocks {

    private static final Pattern USER_ID = Pattern.compile("^[UW][A-Z0-9]{2,}$");

    private final Links links;

    PeopleBlocks(Links links) {
        this.links = links;
    }

    List<LayoutBlock> person(PersonCard person, Language language) {
        List<LayoutBlock> blocks = new ArrayList<>();
        StringBuilder text = new StringBuilder(who(person));
        if (person.team() != null && !person.team().isBlank()) {
            text.append(" · ").append(Mrkdwn.escape(person.team().strip()));
        }
        person.reasons().forEach(reason -> text.append("\n• ").append(Mrkdwn.escape(reason)));
        blocks.add(Text.section(text.toString()));
        evidence(person, language).ifPresent(line -> blocks.add(Text.context(line)));
        return blocks;
    }

    /** A real mention is the bot's own markup; anything else is a name, escaped. */
    static String who(PersonCard person) {
        return USER_ID.matcher(person.user()).matches()
                ? "<@" + person.user() + ">"
                : "*" + Mrkdwn.escape(person.name().strip()) + "*";
    }

    private Optional<String> evidence(PersonCard person, Language language) {
        List<String> found = new ArrayList<>();
        for (PersonCard.Source source : person.sources()) {
            String label = source.label() == null ? String.valueOf(found.size() + 1) : source.label();
            links.link(source.channel(), source.messageId(), label).ifPresent(found::add);
        }
        return found.isEmpty()
                ? Optional.empty()
                : Optional.of(Mrkdwn.escape(Messages.get(language, "label.evidence")) + " " + String.join(" · ", found));
    }
}
