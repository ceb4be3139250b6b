package dev.passerelle.core;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Each test of the annotated class (and of its {@code @Nested} classes) talks to a bot of its own, on a fresh data
 * directory, with these roles: its {@link Conversation} fields are filled and {@link Conversation} parameters
 * resolved before any {@code @BeforeEach}, and it is closed and its directory deleted after the test, passed or
 * failed. A {@code @Nested} class may declare its own roles.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(ConversationExtension.class)
public @interface WithConversation {

    /** User ids or e-mails of the knowledge managers. */
    String[] knowledgeManagers() default {};

    /** User ids or e-mails of the admins. */
    String[] admins() default {};
}
