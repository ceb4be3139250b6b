/**
 * Entries and their lifecycle: capture (with pain-point +1), thread answers that become FAQs, answers ranked for a question, feedback, edits and deletions that follow their source.
 */
@NullMarked
package dev.passerelle.core.knowledge;

import org.jspecify.annotations.NullMarked;
