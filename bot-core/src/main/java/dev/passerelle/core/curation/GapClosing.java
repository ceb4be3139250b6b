package dev.passerelle.core.curation;

import dev.passerelle.core.conversation.Asker;
import dev.passerelle.core.conversation.EntryCard;
import dev.passerelle.core.conversation.Outcome;
import dev.passerelle.core.conversation.Reply;
import dev.passerelle.core.knowledge.Capture;
import dev.passerelle.core.knowledge.Entry;
import dev.passerelle.core.knowledge.GapClosure;
import dev.passerelle.core.knowledge.Gaps;
import dev.passerelle.core.vocabulary.EntryStatus;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Closing a gap, however it is answered (a manager's answer, a link, a routed person's reply): every gap grouped with
 * it closes with it, each closure is audited, and every asker is told. Also how a gap id is read and refused.
 */
final class GapClosing {

    private final Gaps gaps;
    private final AuditLog audit;
    private final GapNotices notices;

    GapClosing(Gaps gaps, AuditLog audit, GapNotices notices) {
        this.gaps = gaps;
        this.audit = audit;
        this.notices = notices;
    }

    /** Closes the gap's group with this entry, tells every asker, and audits each closed gap. */
    Outcome close(Asker asker, Entry gap, Entry answer, GapClosure.How how, String doneKey) {
        Gaps.Group group = gaps.groupOf(gap.id(), gaps.audience(asker))
                .orElse(new Gaps.Group(gap, List.of(), gaps.askers(gap.id())));
        if (how == GapClosure.How.LINK) {
            gaps.learn(group.all().stream().filter(q -> !q.restricted()
                    || answer.restricted() && answer.channelKey().equals(q.channelKey())).toList(), answer,
                    asker.turn().time());
        }
        List<Entry> closed = gaps.close(group, answer, asker.person().id(), how, asker.turn().time());
        for (Entry each : closed) {
            audit.record(asker.person().id(), "gap." + how.code(), "gap:" + each.id(),
                    "open -> answered by #" + answer.id(), asker.turn().time());
        }
        var told = notices.answered(closed, answer, asker.person().id(), asker.turn().platform());
        String others = closed.size() <= 1 ? "" : " " + asker.say("gaps.alsoClosed", closed.stream()
                .filter(e -> e.id() != gap.id()).map(e -> "#" + e.id()).collect(Collectors.joining(", ")));
        String text = asker.say(doneKey, String.valueOf(gap.id()), String.valueOf(answer.id()),
                asker.say("status." + answer.status().code()), told.size()) + others;
        return new Outcome(List.of(Reply.ephemeral(text)), List.of(Capture.captured(answer)), null).telling(told);
    }

    Optional<Entry> visibleGap(Asker asker, String id) {
        return EntryCard.idOf(id).flatMap(gaps::find).filter(e -> gaps.visible(asker, e));
    }

    Optional<Outcome> closedAlready(Asker asker, Entry gap) {
        return gaps.closure(gap.id()).map(c -> Outcome.refused(asker.say("gaps.closed", String.valueOf(gap.id()),
                String.valueOf(c.entryId()))))
                .or(() -> gap.status() == EntryStatus.OPEN ? Optional.empty()
                        : Optional.of(Outcome.refused(asker.say("gaps.closedUnknown", String.valueOf(gap.id())))));
    }

    static Outcome notAGap(Asker asker, String id) {
        return Outcome.refused(EntryCard.idOf(id).isPresent()
                ? asker.say("gaps.notFound", id.strip().replaceFirst("^#", ""))
                : asker.say("command.badId", id.strip()));
    }

}
