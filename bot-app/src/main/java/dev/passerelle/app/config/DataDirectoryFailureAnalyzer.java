package dev.passerelle.app.config;

import dev.passerelle.core.vocabulary.StoreException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * A data directory Passerelle cannot use (a damaged database, a directory it may not write to) stops the start with
 * the core's own sentence, which says what to check. Spring would otherwise print it inside some 100 lines of bean
 * creation stack trace; as a failure analysis it is the description Boot prints under "APPLICATION FAILED TO START",
 * and the trace is only logged at debug level. Registered in {@code META-INF/spring.factories}.
 */
class DataDirectoryFailureAnalyzer extends AbstractFailureAnalyzer<StoreException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, StoreException cause) {
        return new FailureAnalysis(cause.getMessage(), "Passerelle keeps its knowledge in the directory set by "
                + "passerelle.data-dir: do what the description says there, then start it again.",
                cause);
    }
}
