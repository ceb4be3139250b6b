/**
 * The store facade over every repository port, and what the index reads from it; implemented for SQLite below.
 */
@NullMarked
package dev.passerelle.core.store;

import org.jspecify.annotations.NullMarked;
