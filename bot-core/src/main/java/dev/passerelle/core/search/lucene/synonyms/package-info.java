/**
 * Where a word's alternatives come from: the company glossary, the built-in French↔English workplace vocabulary, and
 * the system's FreeDict dictionaries and MyThes thesauri, all read as plain text and looked up by {@link Keys}.
 */
@NullMarked
package dev.passerelle.core.search.lucene.synonyms;

import org.jspecify.annotations.NullMarked;
