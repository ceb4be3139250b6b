package dev.passerelle.app.teams.playground;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Every test of the annotated class drives {@link AgentsPlayground}: where it cannot run (no Node.js 20+ with npm),
 * the class is skipped, each test saying why in one line, rather than failing.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(RequiresAgentsPlayground.Condition.class)
public @interface RequiresAgentsPlayground {

    /** Enables the class only where the playground can run; asked once, for the class. */
    final class Condition implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (!AnnotationSupport.isAnnotated(context.getElement(), RequiresAgentsPlayground.class)) {
                return ConditionEvaluationResult.enabled("the class was enabled");
            }
            return AgentsPlayground.whyItCannotRunHere().map(ConditionEvaluationResult::disabled)
                    .orElse(ConditionEvaluationResult.enabled("node and npm can run the playground"));
        }
    }
}
