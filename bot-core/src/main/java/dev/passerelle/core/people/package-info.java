/**
 * Who is who and who is where: people and their platform identities, declared skills, conversations and their members (the ground truth for who may see what).
 */
@NullMarked
package dev.passerelle.core.people;

import org.jspecify.annotations.NullMarked;
