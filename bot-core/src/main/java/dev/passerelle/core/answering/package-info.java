/**
 * The two answers people come for, "what is the answer to X?" and "who knows about X?", with their fallbacks.
 */
@NullMarked
package dev.passerelle.core.answering;

import org.jspecify.annotations.NullMarked;
