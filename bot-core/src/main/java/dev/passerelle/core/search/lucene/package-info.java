/**
 * The Lucene implementation of the search view: French and English analysis, the document schema, query building.
 */
@NullMarked
package dev.passerelle.core.search.lucene;

import org.jspecify.annotations.NullMarked;
