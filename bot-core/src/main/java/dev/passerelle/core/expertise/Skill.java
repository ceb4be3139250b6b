package dev.passerelle.core.expertise;

import java.time.Instant;

/** A topic someone says they know. */
public record Skill(long id, long personId, String name, Instant declaredAt) {}
