package dev.passerelle.core.store;

import dev.passerelle.core.conversation.Addresses;
import dev.passerelle.core.conversation.PostedReplies;
import dev.passerelle.core.vocabulary.Transactions;

import dev.passerelle.core.curation.AuditLog;
import dev.passerelle.core.inbox.InboxRepository;
import dev.passerelle.core.knowledge.EntryRepository;
import dev.passerelle.core.knowledge.PainPointRepository;
import dev.passerelle.core.knowledge.ReviewRepository;
import dev.passerelle.core.knowledge.EvidenceRepository;
import dev.passerelle.core.knowledge.GapRepository;
import dev.passerelle.core.knowledge.ShownAnswerRepository;
import dev.passerelle.core.knowledge.lifecycle.LifecycleRepository;
import dev.passerelle.core.people.ChannelRepository;
import dev.passerelle.core.people.PeopleRepository;
import dev.passerelle.core.search.ChangeFeed;
import dev.passerelle.core.curation.AuditTrail;
import dev.passerelle.core.curation.DeskStats;
import dev.passerelle.core.curation.Erasure;
import dev.passerelle.core.curation.RoleGrants;
import dev.passerelle.core.expertise.Endorsements;

/** Everything the core reads and writes, behind ports; one implementation per database. */
public interface Store extends AutoCloseable {

    Transactions transactions();

    EntryRepository entries();

    PeopleRepository people();

    ChannelRepository channels();

    EvidenceRepository evidence();

    InboxRepository inbox();

    ShownAnswerRepository shownAnswers();

    PostedReplies postedReplies();

    AuditLog audit();

    ChangeFeed changes();

    PainPointRepository painPoints();
    Addresses addresses();
    ReviewRepository review();
    GapRepository gaps();

    RoleGrants roleGrants();

    Endorsements endorsements();

    AuditTrail auditTrail();

    DeskStats deskStats();

    Erasure erasure();

    LifecycleRepository lifecycle();

    /** What exports read: entries page by page, with their authors, tags and alternate questions. */
    dev.passerelle.core.curation.ExportRepository exports();

    /** Files offered to someone and waiting for their answer (a Teams export's consent card). */
    dev.passerelle.core.conversation.PendingFiles pendingFiles();

    @Override
    void close();
}
