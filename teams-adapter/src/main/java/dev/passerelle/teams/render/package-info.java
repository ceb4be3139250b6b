/** Renders the core's platform-neutral replies, the welcome and the save form as Adaptive Cards (schema 1.5). */
@NullMarked
package dev.passerelle.teams.render;

import org.jspecify.annotations.NullMarked;
