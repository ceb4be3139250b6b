package dev.passerelle.core.search.lucene;

import dev.passerelle.core.vocabulary.Language;
import java.util.List;

/**
 * How much a word weighs in each field: title (the question a FAQ answers), alternate questions,
 * body and tags, in the asker's language and, lower, in the other one. Tuned on the public zoomcamp
 * set; {@code docs/quality.md} says how and why.
 *
 * @param title      the entry's title, in the asker's language
 * @param alternates other ways of asking the entry's question
 * @param body       the entry's body (the answer)
 * @param tags       the entry's tags
 * @param otherLanguage factor applied to every field analysed in the other language
 * @param tie        what the word's other matching fields add to its best one
 */
public record FieldWeights(float title, float alternates, float body, float tags, float otherLanguage, float tie) {

    public FieldWeights {
        if (title <= 0 || alternates <= 0 || body <= 0 || tags <= 0 || otherLanguage <= 0 || tie < 0 || tie > 1) {
            throw new IllegalArgumentException("field weights must be positive, the tie-breaker within 0..1");
        }
    }

    public static final FieldWeights TUNED = new FieldWeights(1.2f, 1.2f, 1.0f, 1.0f, 0.5f, 0.0f);

    /** One field to search a word in: its name, whether it is analysed in French, and its boost. */
    record Field(String name, boolean french, float boost) {}

    List<Field> fields(Language language) {
        boolean fr = language == Language.FR;
        float own = 1.0f;
        float other = otherLanguage;
        return List.of(
                new Field(DocumentMapper.TITLE_FR, true, title * (fr ? own : other)),
                new Field(DocumentMapper.ALT_FR, true, alternates * (fr ? own : other)),
                new Field(DocumentMapper.BODY_FR, true, body * (fr ? own : other)),
                new Field(DocumentMapper.TAGS_FR, true, tags * (fr ? own : other)),
                new Field(DocumentMapper.TITLE_EN, false, title * (fr ? other : own)),
                new Field(DocumentMapper.ALT_EN, false, alternates * (fr ? other : own)),
                new Field(DocumentMapper.BODY_EN, false, body * (fr ? other : own)),
                new Field(DocumentMapper.TAGS_EN, false, tags * (fr ? other : own)));
    }
}
