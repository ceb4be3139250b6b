package dev.passerelle.app.config;

import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Passerelle's configuration, {@code passerelle.*}. These names are a public interface: people's
 * deployments set them, so they only ever change compatibly.
 *
 * @param dataDir       where the SQLite file and the Lucene index live
 * @param language      {@code fr} or {@code en}: the language of a message that gives no clue
 * @param maxTextLength longer messages are refused
 */
@ConfigurationProperties("passerelle")
public record PasserelleProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("en") String language,
        @DefaultValue("40000") int maxTextLength,
        @DefaultValue Roles roles) {

    /** User ids or e-mails, comma-separated in properties. */
    public record Roles(@DefaultValue("") List<String> knowledgeManagers, @DefaultValue("") List<String> admins) {}
}
