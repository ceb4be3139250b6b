package dev.passerelle.core.curation;

import dev.passerelle.core.conversation.Action;
import dev.passerelle.core.conversation.Block;
import dev.passerelle.core.conversation.Notice;
import dev.passerelle.core.conversation.Reply;
import dev.passerelle.core.knowledge.Cards;
import dev.passerelle.core.knowledge.Entry;
import dev.passerelle.core.knowledge.Gaps;
import dev.passerelle.core.people.ChannelRepository;
import dev.passerelle.core.people.PeopleRepository;
import dev.passerelle.core.people.Recipients;
import dev.passerelle.core.vocabulary.Audience;
import dev.passerelle.core.vocabulary.Person;
import dev.passerelle.core.vocabulary.Platform;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the gaps loop tells people other than the one acting: each asker that their question now has an answer (with a
 * Helpful button on it, or, when they cannot see where the answer lives, only that it was answered), and the person a
 * question is routed to, quoting it. Every notice is in its recipient's language.
 */
final class GapNotices {

    private final PeopleRepository people;
    private final ChannelRepository channels;
    private final Gaps gaps;
    private final Recipients recipients;

    GapNotices(PeopleRepository people, ChannelRepository channels, Gaps gaps) {
        this.people = people;
        this.channels = channels;
        this.gaps = gaps;
        this.recipients = new Recipients(people);
    }

    /** One notice per person who asked any of the closed gaps, but the one who closed them. */
    List<Notice> answered(List<Entry> closed, Entry answer, long actorId, Platform platform) {
        List<Notice> notices = new ArrayList<>();
        List<Long> told = new ArrayList<>();
        for (Entry gap : closed) {
            for (long asker : gaps.askers(gap.id())) {
                if (asker == actorId || told.contains(asker)) {
                    continue;
                }
                told.add(asker);
                boolean sees = new Audience(channels.channelsOf(asker)).sees(answer.channelKey(), answer.restricted());
                // Each asker reads their own question, as they put it, not the first asker's wording.
                String theirs = Cards.preview(gaps.askedAs(gap, asker));
                recipients.notice(asker, platform, gap.language(), speaker -> sees
                        ? withHelpful(speaker.say("gaps.notice.answered", String.valueOf(gap.id()), theirs,
                                String.valueOf(answer.id()), answerText(answer)), speaker.say("button.helpful"), answer)
                        : Recipients.direct(speaker.say("gaps.notice.answeredHidden", String.valueOf(gap.id()),
                                theirs)))
                        .ifPresent(notices::add);
            }
        }
        return notices;
    }

    /** The question put to {@code expertId}, in their direct messages. */
    Optional<Notice> routed(long expertId, Entry gap, long routedBy, int askers, Platform platform) {
        String by = people.find(routedBy).map(Person::displayName).orElse("?");
        return recipients.notice(expertId, platform, gap.language(), speaker -> Recipients.direct(
                speaker.say("gaps.route.ask", by, String.valueOf(gap.id()), gap.title(), askers)));
    }

    /** A word to the knowledge manager who routed a question, about what became of it. */
    Optional<Notice> toManager(long managerId, Platform platform, Entry gap, String key, Object... args) {
        Object[] all = new Object[args.length + 1];
        all[0] = String.valueOf(gap.id());
        System.arraycopy(args, 0, all, 1, args.length);
        return recipients.notice(managerId, platform, gap.language(),
                speaker -> Recipients.direct(speaker.say(key, all)));
    }

    String name(long personId) {
        return people.find(personId).map(Person::displayName).orElse("?");
    }

    private static String answerText(Entry answer) {
        return answer.body() == null || answer.body().isBlank() ? answer.title() : answer.body();
    }

    private static Reply withHelpful(String text, String helpful, Entry answer) {
        var card = Cards.card(answer, 0).withButtons(List.of(new Block.Button(helpful, Action.HELPFUL, answer.id())));
        return new Reply(text, null, false, List.of(new Block.Section(text), new Block.Entries(List.of(card))));
    }
}
