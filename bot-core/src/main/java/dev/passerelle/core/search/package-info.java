/**
 * The search view's ports: the index, its queries and hits, the change feed it follows, the typed document vocabulary.
 */
@NullMarked
package dev.passerelle.core.search;

import org.jspecify.annotations.NullMarked;
