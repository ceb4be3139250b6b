/**
 * Passerelle as a Microsoft Teams bot: activities in, Adaptive Cards out, with the Bot Framework SDK. Every SDK type
 * stays in this module; the application hands raw request bytes in and gets status and JSON back.
 */
@NullMarked
package dev.passerelle.teams;

import org.jspecify.annotations.NullMarked;
