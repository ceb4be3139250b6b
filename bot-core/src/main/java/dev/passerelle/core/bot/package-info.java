/**
 * The top of the core: the inbox every event goes through, the bot that applies one event in one transaction, and the home page.
 */
@NullMarked
package dev.passerelle.core.bot;

import org.jspecify.annotations.NullMarked;
