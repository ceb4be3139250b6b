package dev.passerelle.core.curation;

import dev.passerelle.core.conversation.Action;
import dev.passerelle.core.conversation.Asker;
import dev.passerelle.core.conversation.Outcome;
import dev.passerelle.core.conversation.Reply;
import dev.passerelle.core.answering.Responses;
import dev.passerelle.core.knowledge.Capture;
import dev.passerelle.core.understanding.Intent;
import dev.passerelle.core.understanding.MessageReader;
import dev.passerelle.core.understanding.Understanding;
import dev.passerelle.core.knowledge.EntryRepository;
import dev.passerelle.core.knowledge.ReviewRepository;
import dev.passerelle.core.people.PeopleRepository;
import java.util.List;

/** Runs a parsed command for an asker: checks the role, then hands over to the right feature. */
public final class CommandRunner {

    private final Responses responses;
    private final Capture capture;
    private final MessageReader reader;
    private final ProfileCommands profile;
    private final CurationCommands curation;
    private final PainCommands pains;
    private final ReviewQueue queue;
    private final ReviewCommands review;
    private final Merges merges;
    private final GapCommands gaps;
    private final DeskCommands desk;
    private final Lifecycle lifecycle;
    private final Exports exports;
    private final EditForms forms;
    private final DeskView deskView;

    public CommandRunner(PeopleRepository people, EntryRepository entries, AuditLog audit, Responses responses,
            Capture capture, MessageReader reader, PainCommands pains, ReviewRepository reviewed, GapCommands gaps,
            Desk desk, Lifecycle lifecycle, ExportRepository exported) {
        this.responses = responses;
        this.capture = capture;
        this.reader = reader;
        this.profile = new ProfileCommands(people);
        this.curation = new CurationCommands(entries);
        this.pains = pains;
        this.queue = new ReviewQueue(entries, reviewed);
        this.review = new ReviewCommands(entries, reviewed, people, audit);
        this.merges = new Merges(entries, reviewed, audit);
        this.gaps = gaps;
        this.desk = new DeskCommands(people, audit, desk);
        this.lifecycle = lifecycle;
        this.exports = new Exports(exported, audit);
        this.forms = new EditForms(entries, reviewed, review);
        this.deskView = new DeskView(people, entries, queue, gaps, pains.view(), new StatsReport(desk.stats()));
    }

    /** The desk every platform shows: Slack's Home tab, {@code /kb desk}, a Teams personal-chat card. */
    public DeskView deskView() {
        return deskView;
    }

    public Outcome run(Asker asker, Command command, String fullText) {
        if (command.curation() && !asker.role().curates()
                || command.administration() && asker.role() != dev.passerelle.core.vocabulary.Role.ADMIN) {
            return Outcome.refused(asker.say(command.administration() ? "command.refusedAdmin" : "command.refused",
                    verbOf(fullText)));
        }
        return switch (command) {
            case Command.Help help -> say(asker, help(asker));
            case Command.Ask ask -> responses.answer(asker, ask.question(), true, true);
            case Command.Who who -> who(asker, fullText, who.topic());
            case Command.Add add -> add(asker, add);
            case Command.Skills skills -> say(asker, profile.skills(asker, skills));
            case Command.Team team -> say(asker, profile.team(asker, team.name()));
            case Command.Me me -> say(asker, desk.withEndorsements(asker, profile.me(asker)));
            case Command.Profile hide -> say(asker, profile.profile(asker, hide));
            case Command.Show show -> merges.pointer(asker, show.id()).or(() -> gaps.show(asker, show.id()))
                    .orElseGet(() -> curation.show(asker, show.id()));
            case Command.PainPoints painPoints -> pains.list(asker, painPoints);
            case Command.Pending pending -> queue.pending(asker, pending);
            case Command.Verify verify -> lifecycle.commands().reverify(asker, verify.id())
                    .orElseGet(() -> review.verify(asker, verify.id()));
            case Command.Archive archive -> review.archive(asker, archive.id());
            case Command.Unvote unvote -> curation.unvote(asker, unvote.id());
            case Command.PainMove move -> pains.move(asker, move);
            case Command.PainOwner owner -> pains.owner(asker, owner);
            case Command.Unverify unverify -> review.unverify(asker, unverify.id());
            case Command.Unarchive unarchive -> review.unarchive(asker, unarchive.id());
            case Command.Reject reject -> review.reject(asker, reject.id(), reject.reason());
            case Command.EditEntry edit -> review.edit(asker, edit);
            case Command.Tags tags -> review.tags(asker, tags);
            case Command.Merge merge -> merges.merge(asker, merge.from(), merge.into());
            case Command.Stats stats -> desk.stats(asker, stats);
            case Command.Endorse endorse -> desk.endorse(asker, endorse.person(), endorse.topic());
            case Command.Unendorse unendorse -> desk.unendorse(asker, unendorse.person(), unendorse.topic());
            case Command.CaptureSwitch capture -> desk.capture(asker, capture.on());
            case Command.Audit audit -> desk.audit(asker, audit);
            case Command.RoleChange role -> desk.role(asker, role);
            case Command.Forget forget -> desk.forget(asker, forget.person());
            case Command.Stale stale -> lifecycle.commands().stale(asker, stale.page());
            case Command.DigestPreview preview -> lifecycle.digests().preview(asker);
            case Command.Export export -> exports.export(asker, export.format(), export.kind());
            case Command.Invalid invalid -> Outcome.refused(asker.say("command.usage", asker.say(invalid.usage())));
            case Command.Unknown unknown -> Outcome.refused(unknown.suggestion() == null
                    ? asker.say("command.unknown", unknown.word())
                    : asker.say("command.unknownSuggest", unknown.word(), unknown.suggestion()));
            case Command.Gaps list -> gaps.list(asker, list);
            case Command.AnswerGap answer -> gaps.answer(asker, answer, verbOf(fullText));
            case Command.LinkGap link -> gaps.link(asker, link);
            case Command.RouteGap route -> gaps.routing().route(asker, route);
            case Command.ShowDesk show -> new Outcome(List.of(deskView.reply(asker)), List.of(), null);
        };
    }

    /** A curation button pressed on an entry: the same role check and audit as the typed command. */
    public Outcome act(Asker asker, Action action, long entryId) {
        if (action.curation() && !asker.role().curates()) {
            return Outcome.refused(asker.say("command.refused", action.movesPain() ? asker.say(action.labelKey())
                    : action.id()));
        }
        String id = String.valueOf(entryId);
        return switch (action) {
            case VERIFY -> lifecycle.commands().reverify(asker, id).orElseGet(() -> review.verify(asker, id));
            case ARCHIVE -> review.archive(asker, id);
            case EDIT -> forms.open(asker, id);
            case UNVERIFY -> review.unverify(asker, id);
            case UNARCHIVE -> review.unarchive(asker, id);
            case HELPFUL, NOT_HELPFUL -> Outcome.refused(asker.say("command.unknown", action.id()));
            case VOTE -> Outcome.refused(asker.say("command.unknown", action.id()));
            case ANSWER_GAP, ROUTE_GAP -> gaps.clicked(asker, action, entryId);
            case ACKNOWLEDGE_PAIN, RESOLVE_PAIN -> pains.clicked(asker, action, entryId);
        };
    }

    /** An entry's edit form sent back: the fields that changed, applied as the typed commands apply them. */
    public Outcome submitted(Asker asker, dev.passerelle.core.conversation.EditSubmitted edit) {
        return forms.submitted(asker, edit);
    }

    /** A message that answers a question routed to its author ({@link GapRouting#reply}), when it is one. */
    public java.util.Optional<Outcome> routedReply(Asker asker, String text, @org.jspecify.annotations.Nullable String thread,
            Intent intent) {
        return gaps.routing().reply(asker, text, thread, intent);
    }

    private Outcome add(Asker asker, Command.Add add) {
        Understanding read = reader.read(add.text());
        return switch (add.kind()) {
            case FAQ -> {
                String[] parts = add.text().split("\\|", 2);
                String question = parts[0].strip();
                String answer = parts.length > 1 ? parts[1].strip() : null;
                if (answer == null && read.intent() instanceof Intent.Faq faq) {
                    question = faq.question();
                    answer = faq.answer();
                }
                yield capture.faq(asker, question, answer, read.tags());
            }
            case INSIGHT -> capture.insight(asker, add.text(), read.tags());
            case PAIN_POINT, QUESTION -> capture.painPoint(asker, add.text(), read.tags());
        };
    }

    /**
     * "qui connaît le CRM ?" arrives as {@code qui} + "connaît le CRM ?": keep only the topic, and the team of
     * "qui en Finance connaît…". "who approves discounts?" asks for an answer as much as for people: both.
     */
    private Outcome who(Asker asker, String fullText, String args) {
        String withoutPrefix = fullText.replaceFirst("(?i)^\\s*/kb\\s+", "");
        return switch (reader.read(withoutPrefix).intent()) {
            case Intent.WhoDoes job -> responses.answerWithPeople(asker, job.question(), job.topic());
            case Intent.WhoKnows who when !who.topic().isBlank() -> responses.experts(asker, who.topic(), who.team());
            default -> responses.experts(asker, args.replaceAll("[?？!\\s]+$", ""));
        };
    }

    /** The help everyone gets, a section per line of keys (one key per feature). */
    private static final List<String> MEMBER_HELP = List.of(
            "help.title",
            "help.members",
            "help.profile",
            "help.painpoints",
            "help.gaps",
            "help.export",
            "help.myDesk");
    /** What knowledge managers (and admins) get beneath it. */
    private static final List<String> MANAGER_HELP = List.of(
            "help.managers",
            "help.pain",
            "help.review",
            "help.gapsManagers",
            "help.desk",
            "help.lifecycle");
    /** What admins alone get beneath that. */
    private static final List<String> ADMIN_HELP = List.of(
            "help.deskAdmin");

    private static String help(Asker asker) {
        List<String> keys = new java.util.ArrayList<>(MEMBER_HELP);
        if (asker.role().curates()) {
            keys.addAll(MANAGER_HELP);
        }
        if (asker.role() == dev.passerelle.core.vocabulary.Role.ADMIN) {
            keys.addAll(ADMIN_HELP);
        }
        return keys.stream().map(asker::say).collect(java.util.stream.Collectors.joining("\n"));
    }

    private static String verbOf(String fullText) {
        String[] words = fullText.replaceFirst("(?i)^\\s*/kb\\s+", "").strip().split("\\s+");
        return words.length == 0 ? "" : words[0];
    }

    static Outcome say(Asker asker, String text) {
        return new Outcome(List.of(Reply.ephemeral(text)), List.of(), null);
    }

}
