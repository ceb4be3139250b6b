/**
 * The ground floor: the words every part of the core shares (platforms, channels, people, languages, audiences, entry kinds and statuses, folding, echo neutralising, the bot's sentences). It imports nothing else of the core.
 */
@NullMarked
package dev.passerelle.core.vocabulary;

import org.jspecify.annotations.NullMarked;
