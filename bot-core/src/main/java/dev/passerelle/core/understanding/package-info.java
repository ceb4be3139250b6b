/**
 * Reads one chat message, French or English: its language, what it means (an FAQ, an insight, a
 * pain point, a who-knows question…) and the topic hashtags it carries.
 */
@NullMarked
package dev.passerelle.core.understanding;

import org.jspecify.annotations.NullMarked;
