package dev.passerelle.teams;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The annotated test class reads a folder of the public evaluation data beside the repository
 * ({@code ../shared/data}, never copied into it): without that folder, as in a lone clone, the class is skipped
 * with a line saying what is missing and where.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(RequiresSharedData.Condition.class)
@interface RequiresSharedData {

    /** The folder read, relative to {@code ../shared/data}. */
    String value();

    /** Enables the class only when its folder of shared data is there. */
    final class Condition implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            return AnnotationSupport.findAnnotation(context.getTestClass(), RequiresSharedData.class)
                    .map(needed -> evaluate(Recordings.sharedData(needed.value())))
                    .orElse(ConditionEvaluationResult.enabled("no shared data needed"));
        }

        private static ConditionEvaluationResult evaluate(Path folder) {
            return Files.isDirectory(folder) ? ConditionEvaluationResult.enabled("shared data at " + folder)
                    : ConditionEvaluationResult.disabled("The public evaluation data is not at " + folder
                            + " (../shared/data beside the repository): these tests need it and skip without it");
        }
    }
}
