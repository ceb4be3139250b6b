package dev.passerelle.core.conversation;

import dev.passerelle.core.vocabulary.Language;
import dev.passerelle.core.vocabulary.Platform;
import java.time.Instant;

/**
 * A file offered to one person and waiting for their answer (a Teams export's consent card): whose it is, where it
 * was offered, the language they were answered in, and the file itself.
 *
 * @param id the id the platform sends back with the person's answer; never guessable
 */
public record PendingFile(String id, Platform platform, String workspace, String conversation, String user,
        Language language, Block.File file, Instant created) {

    public PendingFile {
        for (String part : new String[] {id, workspace, conversation, user}) {
            if (part == null || part.isBlank()) {
                throw new IllegalArgumentException("a pending file needs its id, workspace, conversation and user");
            }
        }
        if (platform == null || language == null || file == null || created == null) {
            throw new IllegalArgumentException("a pending file needs its platform, language, file and time");
        }
    }
}
