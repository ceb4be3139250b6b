package dev.passerelle.core.curation;

import dev.passerelle.core.vocabulary.Role;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Roles granted in the bot by an admin ({@code /kb role grant}), besides the configured ones. */
public interface RoleGrants {

    /** Grants nothing: only the configured roles apply. */
    RoleGrants NONE = new RoleGrants() {
        @Override
        public Set<Role> granted(long personId) {
            return Set.of();
        }

        @Override
        public boolean grant(long personId, Role role, long grantedBy, Instant at) {
            return false;
        }

        @Override
        public boolean revoke(long personId, Role role) {
            return false;
        }

        @Override
        public List<String> userIds(long personId) {
            return List.of();
        }
    };

    Set<Role> granted(long personId);

    /** False when the person already had this role granted. */
    boolean grant(long personId, Role role, long grantedBy, Instant at);

    /** False when the role was not granted (it may still be configured). */
    boolean revoke(long personId, Role role);

    /** The person's user ids on every platform, which the configured roles may list. */
    List<String> userIds(long personId);
}
