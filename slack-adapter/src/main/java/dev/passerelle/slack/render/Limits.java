package dev.passerelle.slack.render;

/** Block Kit's documented limits, in characters or items. */
final class Limits {

    static final int SECTION_TEXT = 3000;
    static final int SECTION_FIELDS = 10;
    static final int FIELD_TEXT = 2000;
    static final int CONTEXT_TEXT = 3000;
    static final int HEADER_TEXT = 150;
    static final int BUTTON_TEXT = 75;
    static final int ACTION_ELEMENTS = 25;
    static final int MESSAGE_TEXT = 3000;
    static final int MESSAGE_BLOCKS = 50;
    static final int VIEW_BLOCKS = 100;
    static final int VIEW_TITLE = 24;
    static final int INPUT_LABEL = 2000;
    static final int PLACEHOLDER = 150;
    static final int OPTION_TEXT = 75;
    static final int INPUT_VALUE = 3000;
    static final int PRIVATE_METADATA = 3000;

    private Limits() {
    }
}
