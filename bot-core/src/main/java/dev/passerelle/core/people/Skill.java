package dev.passerelle.core.people;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A topic someone says they know, and the message where they said it (null when unknown). */
public record Skill(long id, long personId, String name, @Nullable String source, Instant declaredAt) {}
