/**
 * Portable SQL repositories (SQLite and PostgreSQL), over one connection.
 */
@NullMarked
package dev.passerelle.core.store.jdbc;

import org.jspecify.annotations.NullMarked;
