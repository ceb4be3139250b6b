package dev.passerelle.core.curation;

import dev.passerelle.core.vocabulary.Role;
import dev.passerelle.core.vocabulary.Sender;
import dev.passerelle.core.conversation.Settings;
import dev.passerelle.core.vocabulary.Person;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Who may curate and who may manage roles: from configured user ids or e-mails, and from the roles an admin
 * granted in the bot. A person has the higher of the two; the configured one cannot be taken back in the bot.
 */
public final class Roles {

    private final Settings settings;
    private final RoleGrants grants;

    public Roles(Settings settings) {
        this(settings, RoleGrants.NONE);
    }

    public Roles(Settings settings, RoleGrants grants) {
        this.settings = settings;
        this.grants = grants;
    }

    public Role of(Sender sender, Person person) {
        String email = person.email() == null ? sender.email() : person.email();
        return higher(configured(List.of(sender.userId()), email), granted(person.id()));
    }

    /** The role the configuration gives someone known by these user ids and this e-mail. */
    public Role configured(Collection<String> userIds, String email) {
        if (listed(settings.admins(), userIds, email)) {
            return Role.ADMIN;
        }
        return listed(settings.knowledgeManagers(), userIds, email) ? Role.KNOWLEDGE_MANAGER : Role.MEMBER;
    }

    /** The highest role granted in the bot. */
    public Role granted(long personId) {
        Set<Role> granted = grants.granted(personId);
        return granted.contains(Role.ADMIN) ? Role.ADMIN
                : granted.contains(Role.KNOWLEDGE_MANAGER) ? Role.KNOWLEDGE_MANAGER : Role.MEMBER;
    }

    private static Role higher(Role one, Role other) {
        return one.ordinal() >= other.ordinal() ? one : other;
    }

    private static boolean listed(Set<String> ids, Collection<String> userIds, String email) {
        return userIds.stream().anyMatch(id -> ids.contains(id.toLowerCase(Locale.ROOT)))
                || email != null && ids.contains(email.toLowerCase(Locale.ROOT));
    }
}
