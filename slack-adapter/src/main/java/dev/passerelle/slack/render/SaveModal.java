package dev.passerelle.slack.render;

import com.slack.api.model.block.InputBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.PlainTextInputElement;
import com.slack.api.model.block.element.StaticSelectElement;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewClose;
import com.slack.api.model.view.ViewSubmit;
import com.slack.api.model.view.ViewTitle;
import dev.passerelle.core.vocabulary.Messages;
import dev.passerelle.core.vocabulary.EntryKind;
import dev.passerelle.core.vocabulary.Language;
import java.util.List;

/**
 * The "save to Passerelle" form opened from a message shortcut: a kind, the text (the message,
 * editable) and optional tags. The ids below are what the view submission listener reads.
 */
final class SaveModal {

    static final String CALLBACK_ID = "passerelle_save";
    static final String KIND = "kind";
    static final String TEXT = "text";
    static final String TAGS = "tags";
    private static final List<EntryKind> KINDS = List.of(EntryKind.FAQ, EntryKind.INSIGHT, EntryKind.PAIN_POINT);

    private SaveModal() {
    }

    static View view(String messageText, String privateMetadata, Language language) {
        if (privateMetadata.length() > Limits.PRIVATE_METADATA) {
            // Cutting it would hand the submission listener a corrupt value: refuse instead.
            throw new IllegalArgumentException("private_metadata is " + privateMetadata.length()
                    + " characters; Slack keeps at most " + Limits.PRIVATE_METADATA);
        }
        List<LayoutBlock> blocks = List.of(kind(language), text(messageText, language), tags(language));
        return View.builder()
                .type("modal")
                .callbackId(CALLBACK_ID)
                .title(ViewTitle.builder().type("plain_text").text(label(language, "modal.title")).build())
                .submit(ViewSubmit.builder().type("plain_text").text(label(language, "modal.submit")).build())
                .close(ViewClose.builder().type("plain_text").text(label(language, "modal.close")).build())
                .privateMetadata(privateMetadata)
                .blocks(blocks)
                .build();
    }

    private static InputBlock kind(Language language) {
        List<OptionObject> options = KINDS.stream().map(kind -> option(kind, language)).toList();
        StaticSelectElement select = StaticSelectElement.builder()
                .actionId(KIND)
                .options(options)
                .initialOption(option(EntryKind.INSIGHT, language))
                .build();
        return input(KIND, Labels.get(language, "modal.kind"), select).build();
    }

    /** The message as written: an input's value is never rendered as markup, so it stays as is. */
    private static InputBlock text(String messageText, Language language) {
        String initial = Mrkdwn.truncate(messageText, Limits.INPUT_VALUE);
        PlainTextInputElement area = PlainTextInputElement.builder()
                .actionId(TEXT)
                .multiline(true)
                .maxLength(Limits.INPUT_VALUE)
                .initialValue(initial.isBlank() ? null : initial)
                .build();
        return input(TEXT, Labels.get(language, "modal.text"), area)
                .hint(Text.plain(Labels.get(language, "modal.hint"), Limits.INPUT_LABEL))
                .build();
    }

    private static InputBlock tags(Language language) {
        PlainTextInputElement field = PlainTextInputElement.builder()
                .actionId(TAGS)
                .placeholder(Text.plain(Labels.get(language, "modal.tagsPlaceholder"), Limits.PLACEHOLDER))
                .build();
        return input(TAGS, Labels.get(language, "modal.tags"), field).optional(true).build();
    }

    private static InputBlock.InputBlockBuilder input(String id, String label, BlockElement element) {
        return InputBlock.builder().blockId(id).label(Text.plain(label, Limits.INPUT_LABEL)).element(element);
    }

    private static OptionObject option(EntryKind kind, Language language) {
        String name = Messages.get(language, "kind." + kind.code());
        return OptionObject.builder().text(Text.plain(name, Limits.OPTION_TEXT)).value(kind.code()).build();
    }

    private static String label(Language language, String key) {
        return Mrkdwn.truncate(Labels.get(language, key), Limits.VIEW_TITLE);
    }
}
