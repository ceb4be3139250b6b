package dev.passerelle.core.search;

import java.util.Optional;

/** Reads what a change-log row points at, as the index should hold it; empty when it is gone. */
public interface IndexSource {

    Optional<IndexDoc> load(ChangeFeed.Change change);
}
