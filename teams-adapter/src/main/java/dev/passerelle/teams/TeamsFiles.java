package dev.passerelle.teams;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Attachment;
import com.microsoft.bot.schema.teams.FileConsentCard;
import com.microsoft.bot.schema.teams.FileConsentCardResponse;
import com.microsoft.bot.schema.teams.FileInfoCard;
import com.microsoft.bot.schema.teams.FileUploadInfo;
import dev.passerelle.core.conversation.Block;
import dev.passerelle.core.vocabulary.Language;
import dev.passerelle.core.vocabulary.Messages;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Files the core gives (exports), sent the way Teams lets a bot hand a file over: a file-consent card in a personal
 * chat; when the person accepts, Teams names an upload URL in their OneDrive, the bytes are PUT there, and a file
 * card points at the result. The bytes wait in memory for that answer, a bounded while (an hour, 200 MB in all): a
 * restart or a late answer asks the person to export again.
 */
final class TeamsFiles {

    private static final Logger log = LoggerFactory.getLogger(TeamsFiles.class);
    static final String CONTEXT_KEY = "passerelleFile";
    private static final Duration KEPT = Duration.ofHours(1);
    private static final long MOST_BYTES_KEPT = 200L * 1024 * 1024;

    record Pending(Block.File file, Language language) {}

    private final Cache<String, Pending> pending = Caffeine.newBuilder().expireAfterWrite(KEPT)
            .maximumWeight(MOST_BYTES_KEPT).<String, Pending>weigher((id, file) -> Math.max(1, file.file().size()))
            .build();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** The file-consent card asking the person to accept this file into their OneDrive. */
    Activity consent(Block.File file, Language language) {
        String id = UUID.randomUUID().toString();
        pending.put(id, new Pending(file, language));
        FileConsentCard card = new FileConsentCard();
        card.setDescription(Messages.get(language, "export.teams.consent", file.name()));
        card.setSizeInBytes(file.size());
        card.setAcceptContext(Map.of(CONTEXT_KEY, id));
        card.setDeclineContext(Map.of(CONTEXT_KEY, id));
        Attachment attachment = new Attachment();
        attachment.setContentType(FileConsentCard.CONTENT_TYPE);
        attachment.setName(file.name());
        attachment.setContent(card);
        return MessageFactory.attachment(attachment);
    }

    /** Accepted: the bytes go to the upload URL Teams gave, then a card links to the file. */
    CompletableFuture<Void> accepted(TurnContext turn, FileConsentCardResponse response, Language fallback) {
        String id = idOf(response.getContext());
        Pending file = id == null ? null : pending.getIfPresent(id);
        FileUploadInfo upload = response.getUploadInfo();
        if (file == null || upload == null || upload.getUploadUrl() == null) {
            return say(turn, fallback, "export.teams.expired");
        }
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
        }).thenCompose(ok -> {
            if (!ok) {
                return say(turn, file.language(), "export.teams.failed");
            }
            pending.invalidate(id);
            return turn.sendActivity(MessageFactory.attachment(fileInfo(upload))).thenApply(sent -> null);
        });
    }

    /** Declined: the bytes are dropped, and the person told so. */
    CompletableFuture<Void> declined(TurnContext turn, FileConsentCardResponse response, Language fallback) {
        String id = idOf(response.getContext());
        Pending file = id == null ? null : pending.getIfPresent(id);
        if (id != null) {
            pending.invalidate(id);
        }
        return say(turn, file != null ? file.language() : fallback, "export.teams.declined");
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
