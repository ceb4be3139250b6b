/**
 * The embedded SQLite file: pragmas and Flyway migrations.
 */
@NullMarked
package dev.passerelle.core.store.sqlite;

import org.jspecify.annotations.NullMarked;
