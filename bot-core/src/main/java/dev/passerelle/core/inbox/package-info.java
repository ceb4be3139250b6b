/**
 * The durable inbox's parts: the repository port, the event codec, the fair queue with its lanes, the per-person flood guard.
 */
@NullMarked
package dev.passerelle.core.inbox;

import org.jspecify.annotations.NullMarked;
