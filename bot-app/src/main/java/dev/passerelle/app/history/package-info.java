/** {@code import}: history brought in from a platform's export, through the core's bulk path. */
@NullMarked
package dev.passerelle.app.history;

import org.jspecify.annotations.NullMarked;
