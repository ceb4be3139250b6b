package dev.passerelle.teams;

import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Attachment;
import com.microsoft.bot.schema.teams.FileConsentCard;
import com.microsoft.bot.schema.teams.FileConsentCardResponse;
import com.microsoft.bot.schema.teams.FileInfoCard;
import com.microsoft.bot.schema.teams.FileUploadInfo;
import dev.passerelle.core.conversation.Block;
import dev.passerelle.core.conversation.PendingFile;
import dev.passerelle.core.conversation.PendingFiles;
import dev.passerelle.core.vocabulary.Language;
import dev.passerelle.core.vocabulary.Messages;
import dev.passerelle.core.vocabulary.Platform;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Files the core gives (exports), sent the way Teams lets a bot hand a file over: a file-consent card in a personal
 * chat; when the person accepts, Teams names an upload URL in their OneDrive, the bytes are PUT there, and a file
 * card points at the result. The bytes wait for that answer in the core's {@link PendingFiles}, durably, before the
 * card goes out: a restart between the card and the click loses nothing. Accepted and uploaded, or declined, the
 * file goes; after {@link PendingFiles#KEPT} a routine forgets it, and a click on its card asks for a new export.
 */
final class TeamsFiles {

    private static final Logger log = LoggerFactory.getLogger(TeamsFiles.class);
    static final String CONTEXT_KEY = "passerelleFile";

    private final PendingFiles pending;
    private final Executor work;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** @param work where the store is read and written, off the SDK's threads */
    TeamsFiles(PendingFiles pending, Executor work) {
        this.pending = pending;
        this.work = work;
    }

    /**
     * The file-consent card asking the person this activity came from to accept this file into their OneDrive; the
     * file is kept before the card is given. A file the store could not keep gets a line saying so instead of a card
     * whose answer would find nothing.
     */
    CompletableFuture<Activity> consent(Activity asked, Block.File file, Language language) {
        PendingFile waiting = new PendingFile(UUID.randomUUID().toString(), Platform.TEAMS, TeamsConversation.tenant(asked),
                asked.getConversation().getId(), asked.getFrom().getId(), language, file, Instant.now());
        return CompletableFuture.runAsync(() -> pending.keep(waiting), work).thenApply(kept -> card(waiting))
                .exceptionally(failure -> {
                    log.warn("Teams: an export for {} could not be kept for its consent card: {}", waiting.user(),
                            failure.getClass().getSimpleName());
                    return MessageFactory.text(Messages.get(language, "export.teams.notKept"));
                });
    }

    private static Activity card(PendingFile waiting) {
        Block.File file = waiting.file();
        FileConsentCard card = new FileConsentCard();
        card.setDescription(Messages.get(waiting.language(), "export.teams.consent", file.name()));
        card.setSizeInBytes(file.size());
        card.setAcceptContext(Map.of(CONTEXT_KEY, waiting.id()));
        card.setDeclineContext(Map.of(CONTEXT_KEY, waiting.id()));
        Attachment attachment = new Attachment();
        attachment.setContentType(FileConsentCard.CONTENT_TYPE);
        attachment.setName(file.name());
        attachment.setContent(card);
        return MessageFactory.attachment(attachment);
    }

    /**
     * Accepted: the bytes go to the upload URL Teams gave, then a card links to the file and the file is forgotten.
     * A file no longer kept (expired, declined, already delivered, or another person's) asks for a new export.
     */
    CompletableFuture<Void> accepted(TurnContext turn, FileConsentCardResponse response, Language fallback) {
        FileUploadInfo upload = response.getUploadInfo();
        return find(turn, response).thenCompose(found -> {
            if (found.isEmpty() || upload == null || upload.getUploadUrl() == null) {
                log.info("Teams: a consent card was accepted for an export no longer kept ({})", turn.getActivity().getId());
                return say(turn, fallback, "export.teams.expired");
            }
            PendingFile file = found.get();
            return upload(turn, file, upload).thenCompose(ok -> {
                if (!ok) {
                    return say(turn, file.language(), "export.teams.failed");
                }
                return CompletableFuture.runAsync(() -> pending.drop(file.id()), work)
                        .thenCompose(dropped -> turn.sendActivity(MessageFactory.attachment(fileInfo(upload))))
                        .thenApply(sent -> null);
            });
        });
    }

    /** Declined: the file is forgotten, and the person told so in the language they were answered in. */
    CompletableFuture<Void> declined(TurnContext turn, FileConsentCardResponse response, Language fallback) {
        return find(turn, response).thenCompose(found -> CompletableFuture.supplyAsync(() -> {
            found.ifPresent(file -> pending.drop(file.id()));
            return found.map(PendingFile::language).orElse(fallback);
        }, work)).thenCompose(language -> say(turn, language, "export.teams.declined"));
    }

    /** The file the card names, still kept, offered to the person who answers. */
    private CompletableFuture<Optional<PendingFile>> find(TurnContext turn, FileConsentCardResponse response) {
        String id = idOf(response.getContext());
        String user = turn.getActivity().getFrom() == null ? null : turn.getActivity().getFrom().getId();
        if (id == null || user == null) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        return CompletableFuture.supplyAsync(() -> pending.find(id, Instant.now().minus(PendingFiles.KEPT))
                .filter(file -> file.user().equals(user)), work);
    }

    private CompletableFuture<Boolean> upload(TurnContext turn, PendingFile file, FileUploadInfo upload) {
        byte[] bytes = file.file().bytes();
        HttpRequest put = HttpRequest.newBuilder(URI.create(upload.getUploadUrl())).timeout(Duration.ofMinutes(2))
                .header("Content-Range", "bytes 0-" + (bytes.length - 1) + "/" + bytes.length)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(bytes)).build();
        return http.sendAsync(put, HttpResponse.BodyHandlers.discarding()).handle((answer, failure) -> {
            boolean ok = failure == null && answer.statusCode() / 100 == 2;
            if (!ok) {
                log.warn("Teams: the export {} could not be uploaded: {}", turn.getActivity().getId(),
                        failure != null ? failure.getClass().getSimpleName() : "HTTP " + answer.statusCode());
            }
            return ok;
        });
    }

    private static Attachment fileInfo(FileUploadInfo upload) {
        FileInfoCard card = new FileInfoCard();
        card.setUniqueId(upload.getUniqueId());
        card.setFileType(upload.getFileType());
        Attachment attachment = new Attachment();
        attachment.setContentType(FileInfoCard.CONTENT_TYPE);
        attachment.setContentUrl(upload.getContentUrl());
        attachment.setName(upload.getName());
        attachment.setContent(card);
        return attachment;
    }

    private static CompletableFuture<Void> say(TurnContext turn, Language language, String key) {
        return turn.sendActivity(MessageFactory.text(Messages.get(language, key))).thenApply(sent -> null);
    }

    /** The context comes back as Teams sent it: a JSON object, read by the SDK as a map. */
    private static @Nullable String idOf(@Nullable Object context) {
        if (context instanceof Map<?, ?> map && map.get(CONTEXT_KEY) instanceof String id) {
            return id;
        }
        if (context instanceof com.fasterxml.jackson.databind.JsonNode node && node.path(CONTEXT_KEY).isTextual()) {
            return node.path(CONTEXT_KEY).asText();
        }
        return null;
    }
}
