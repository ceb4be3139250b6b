package dev.passerelle.core.curation;

import dev.passerelle.core.expertise.Endorsements;
import dev.passerelle.core.people.ChannelRepository;

/** The ports the knowledge manager's desk works with, beyond people and the audit log. */
public record Desk(ChannelRepository channels, Roles roles, RoleGrants grants, Endorsements endorsements,
        AuditTrail trail, DeskStats stats, Erasure erasure) {}
