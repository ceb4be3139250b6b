package dev.passerelle.core.bot;

import dev.passerelle.core.conversation.Action;
import dev.passerelle.core.conversation.Asker;
import dev.passerelle.core.conversation.Block;
import dev.passerelle.core.conversation.Click;
import dev.passerelle.core.conversation.EntryCard;
import dev.passerelle.core.conversation.Outcome;
import dev.passerelle.core.knowledge.Cards;
import dev.passerelle.core.knowledge.Entry;
import dev.passerelle.core.knowledge.EntryRepository;
import dev.passerelle.core.vocabulary.EntryKind;
import dev.passerelle.core.vocabulary.EntryStatus;
import dev.passerelle.core.vocabulary.Messages;
import dev.passerelle.core.vocabulary.PainStatus;
import java.util.Arrays;
import java.util.List;
import java.util.MissingResourceException;
import java.util.Optional;

/**
 * How the card a button was on must look once the click is applied, whatever the action: the entry as it is now,
 * with the buttons of the clicked one's kind that still apply. A knowledge manager's buttons (every
 * {@link Action#curation() curation} action) stay together, each unless the entry is already where it leads; any
 * other button stays unless {@link #applies} says it is done. A refused click changes no card, and neither does
 * feedback: it changes nothing the card shows, and the card is everyone's (a channel's answer) while the feedback is
 * one person's.
 */
public final class ClickedCards {

    private final EntryRepository entries;

    public ClickedCards(EntryRepository entries) {
        this.entries = entries;
    }

    Outcome refresh(Asker asker, Click click, Outcome outcome) {
        if (outcome.error() != null || !redraws(click.action())) {
            return outcome;
        }
        Optional<Entry> now = entries.find(click.entryId())
                .filter(entry -> asker.audience().sees(entry.channelKey(), entry.restricted()));
        return now.map(entry -> outcome.refreshing(List.of(card(entry, click, asker.role().curates()))))
                .orElse(outcome);
    }

    /** The curation buttons in the order the review queue shows them; any other curation action after them. */
    private static final List<Action> CURATION_ORDER = java.util.stream.Stream.concat(
            java.util.stream.Stream.of(Action.VERIFY, Action.UNARCHIVE, Action.EDIT, Action.ARCHIVE, Action.ANSWER_GAP,
                    Action.ROUTE_GAP),
            Arrays.stream(Action.values()).filter(Action::curation)).filter(Action::curation)
            .filter(action -> !action.movesPain()).distinct().toList();
    /** A pain point's buttons in the register: +1 for everyone, then a knowledge manager's moves. */
    private static final List<Action> PAIN_ORDER = List.of(Action.VOTE, Action.ACKNOWLEDGE_PAIN, Action.RESOLVE_PAIN);

    private static EntryCard card(Entry entry, Click click, boolean curates) {
        List<Action> family = click.action() == Action.VOTE || click.action().movesPain()
                ? PAIN_ORDER.stream().filter(action -> curates || !action.movesPain()).toList()
                : click.action().curation() ? CURATION_ORDER : List.of(click.action());
        List<Block.Button> buttons = family.stream().filter(action -> applies(action, entry))
                .flatMap(action -> label(click, action).map(label -> new Block.Button(label, action, entry.id())).stream())
                .toList();
        return Cards.card(entry, 0).withButtons(buttons);
    }

    /** Whether a click of this kind changes how the card looks. */
    private static boolean redraws(Action action) {
        return switch (action) {
            case HELPFUL, NOT_HELPFUL -> false;
            default -> true;
        };
    }

    /** Whether the button still means something on the entry as it is now. */
    private static boolean applies(Action action, Entry entry) {
        return switch (action) {
            case VERIFY -> entry.kind() != EntryKind.QUESTION && entry.status() == EntryStatus.DRAFT;
            case ARCHIVE, EDIT -> entry.status() != EntryStatus.ARCHIVED;
            case UNARCHIVE -> entry.status() == EntryStatus.ARCHIVED;
            // Sending back to draft is typed (unverify): one slip on a card would undo a review.
            case UNVERIFY -> false;
            case ANSWER_GAP, ROUTE_GAP -> entry.kind() == EntryKind.QUESTION && entry.status() != EntryStatus.ARCHIVED;
            case VOTE, RESOLVE_PAIN -> entry.kind() == EntryKind.PAIN_POINT && entry.painStatus() != PainStatus.RESOLVED;
            case ACKNOWLEDGE_PAIN -> entry.kind() == EntryKind.PAIN_POINT
                    && (entry.painStatus() == null || entry.painStatus() == PainStatus.OPEN);
            default -> true;
        };
    }

    /** {@code button.<action id>}, in the clicked reply's language; a button without a label is left out. */
    private static Optional<String> label(Click click, Action action) {
        String key = action.labelKey();
        try {
            return Optional.of(Messages.get(click.language(), key));
        } catch (MissingResourceException e) {
            return Optional.empty();
        }
    }
}
