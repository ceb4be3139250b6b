package dev.passerelle.core.vocabulary;

/** The knowledge base could not be read or written; the message says what to check. */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
