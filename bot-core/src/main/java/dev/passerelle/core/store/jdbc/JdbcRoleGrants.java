package dev.passerelle.core.store.jdbc;

import dev.passerelle.core.curation.RoleGrants;
import dev.passerelle.core.vocabulary.Role;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Granted roles in SQL. */
public final class JdbcRoleGrants implements RoleGrants {

    private final Jdbc jdbc;

    public JdbcRoleGrants(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<Role> granted(long personId) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        jdbc.query("SELECT role FROM role_grants WHERE person_id = ?", row -> Role.valueOf(row.getString(1)), personId)
                .forEach(roles::add);
        return roles;
    }

    @Override
    public boolean grant(long personId, Role role, long grantedBy, Instant at) {
        return jdbc.update("INSERT INTO role_grants (person_id, role, granted_by, granted_at) VALUES (?, ?, ?, ?) "
                + "ON CONFLICT (person_id, role) DO NOTHING", personId, role.name(), grantedBy, at) > 0;
    }

    @Override
    public boolean revoke(long personId, Role role) {
        return jdbc.update("DELETE FROM role_grants WHERE person_id = ? AND role = ?", personId, role.name()) > 0;
    }

    @Override
    public List<String> userIds(long personId) {
        return jdbc.query("SELECT user_id FROM identities WHERE person_id = ? ORDER BY user_id", row -> row.getString(1),
                personId);
    }
}
