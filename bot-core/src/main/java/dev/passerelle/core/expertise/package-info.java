/**
 * Who knows what: people ranked for a topic from the evidence the index holds, and the cards that justify each name.
 */
@NullMarked
package dev.passerelle.core.expertise;

import org.jspecify.annotations.NullMarked;
