package dev.passerelle.core.knowledge;

import dev.passerelle.core.vocabulary.Language;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Messages kept as proof of expertise. Writes append to the change log. */
public interface EvidenceRepository {

    Evidence recordAnswer(
            long personId, String messageId, @Nullable String thread, String channelKey, boolean restricted,
            String text, Language language, Instant at);

    /** The latest answer in this thread by someone other than the given person. */
    Optional<Evidence> latestAnswer(String channelKey, String thread, long notBy);

    Evidence confirm(long evidenceId);

    Optional<Evidence> find(long id);

    /** The answer given in this message, if it was kept. */
    Optional<Evidence> findByMessage(String channelKey, String messageId);

    Evidence updateText(long evidenceId, String text);

    void delete(long evidenceId);

    List<Evidence> findAll(Collection<Long> ids);
}
