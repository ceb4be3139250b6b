/**
 * What happens on a platform and what the bot says back: the sealed {@link dev.passerelle.core.conversation.Event} family, the asker, outcomes, replies and their neutral blocks, typed button actions, the save form.
 */
@NullMarked
package dev.passerelle.core.conversation;

import org.jspecify.annotations.NullMarked;
