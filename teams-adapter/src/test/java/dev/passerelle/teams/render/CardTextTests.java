package dev.passerelle.teams.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a user wrote is shown as written: no emphasis, link, list, heading, HTML or mass mention can form. */
class CardTextTests {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            plain words                        | plain words
            **bold** and _italic_              | \\*\\*bold\\*\\* and \\_italic\\_
            [click](https://evil.example)      | \\[click\\](https://evil.example)
            <at>Everyone</at>                  | \\<at\\>Everyone\\</at\\>
            a \\ backslash                     | a \\\\ backslash
            `code` and ~~strike~~              | \\`code\\` and \\~\\~strike\\~\\~
            - not a list                       | \\- not a list
            # not a heading                    | \\# not a heading
            12. not numbered                   | 12\\. not numbered
            cost - 12. ok #tag                 | cost - 12. ok #tag
            """)
    void escapesMarkdown(String text, String escaped) {
        assertThat(CardText.escape(text)).isEqualTo(escaped);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ping @channel now   | @channel
            hello @everyone     | @everyone
            <!here> please      | <!here>
            """)
    void massMentionsNeverForm(String text, String mention) {
        assertThat(CardText.escape(text)).doesNotContain(mention);
    }

    @Test
    void escapesEachLineStart() {
        assertThat(CardText.escape("ok\n- item\n  + other\n3. third")).isEqualTo("ok\n\\- item\n  \\+ other\n3\\. third");
    }

    @ParameterizedTest(name = "{0} chars")
    @CsvSource({"10", "11", "12"})
    void cutsBeforeEscapingSoAnEscapeIsNeverSplit(int max) {
        String cut = CardText.escape("abcdefgh**ij**", max);

        assertThat(cut).doesNotEndWith("\\…").endsWith("…");
        assertThat(CardText.truncate("abcdefgh**ij**", max)).hasSize(max);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"😀😀😀😀😀😀"})
    void neverSplitsASurrogatePair(String emoji) {
        String cut = CardText.truncate(emoji, 6);

        assertThat(cut).isEqualTo("😀😀…");
        assertThat(cut.codePoints().filter(point -> point >= Character.MIN_SURROGATE && point <= Character.MAX_SURROGATE))
                .as("unpaired surrogates").isEmpty();
    }
}
