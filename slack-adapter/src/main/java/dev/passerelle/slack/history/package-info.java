/** Slack's history, from a workspace export, into the core through the same understanding as live messages. */
@NullMarked
package dev.passerelle.slack.history;

import org.jspecify.annotations.NullMarked;
