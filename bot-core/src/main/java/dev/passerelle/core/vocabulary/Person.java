package dev.passerelle.core.vocabulary;

import org.jspecify.annotations.Nullable;

/** One human, whatever platforms they write on. */
public record Person(long id, String displayName, @Nullable String email, @Nullable String team) {}
