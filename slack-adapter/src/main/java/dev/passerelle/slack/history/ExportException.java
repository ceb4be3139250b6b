package dev.passerelle.slack.history;

/** The export cannot be read as a Slack workspace export: the message is one line, naming the file. */
public final class ExportException extends RuntimeException {

    public ExportException(String message) {
        super(message);
    }
}
