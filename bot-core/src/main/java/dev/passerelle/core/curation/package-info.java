/**
 * The /kb command language (English and French), roles, curation and its audit log.
 */
@NullMarked
package dev.passerelle.core.curation;

import org.jspecify.annotations.NullMarked;
