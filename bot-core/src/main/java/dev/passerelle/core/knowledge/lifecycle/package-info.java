/** The knowledge lifecycle: verifications that expire, and what the bot reads to write the weekly digest. */
@NullMarked
package dev.passerelle.core.knowledge.lifecycle;

import org.jspecify.annotations.NullMarked;
