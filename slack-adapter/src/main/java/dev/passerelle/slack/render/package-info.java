/** Renders the core's platform-neutral replies and home pages as Slack Block Kit. */
@NullMarked
package dev.passerelle.slack.render;

import org.jspecify.annotations.NullMarked;
