package dev.passerelle.core.curation;

import dev.passerelle.core.vocabulary.Role;
import dev.passerelle.core.vocabulary.Sender;
import dev.passerelle.core.conversation.Settings;
import dev.passerelle.core.vocabulary.Person;
import java.util.Locale;
import java.util.Set;

/** Who may curate and who may manage roles, from configured user ids or e-mails. */
public final class Roles {

    private final Settings settings;

    public Roles(Settings settings) {
        this.settings = settings;
    }

    public Role of(Sender sender, Person person) {
        if (listed(settings.admins(), sender, person)) {
            return Role.ADMIN;
        }
        return listed(settings.knowledgeManagers(), sender, person) ? Role.KNOWLEDGE_MANAGER : Role.MEMBER;
    }

    private static boolean listed(Set<String> ids, Sender sender, Person person) {
        String email = person.email() == null ? sender.email() : person.email();
        return ids.contains(sender.userId().toLowerCase(Locale.ROOT))
                || email != null && ids.contains(email.toLowerCase(Locale.ROOT));
    }
}
