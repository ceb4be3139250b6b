package dev.passerelle.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.schema.Activity;
import dev.passerelle.teams.Recordings.Recording;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every activity Teams really sent in Microsoft's recordings, and every activity a bot really sent back, reads with
 * the SDK's mapper (and the timestamp fix) without losing a field or a digit.
 */
@RequiresSharedData(Recordings.FOLDER)
class RecordedActivitiesTests {

    private final ActivityJson json = new ActivityJson();

    static List<Recording> requests() {
        return Recordings.requests();
    }

    /** The bot's outbound calls whose body is an activity (others create conversations or read rosters). */
    static List<Recording> sentActivities() {
        return Recordings.replies().stream().filter(r -> r.body().isObject() && r.body().has("type")).toList();
    }

    @Test
    void theRecordingsAreAllThere() {
        assertThat(requests()).hasSize(40);
        assertThat(Recordings.replies()).hasSize(45);
        assertThat(sentActivities()).hasSizeGreaterThan(30);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requests")
    void everyActivityTeamsSentReadsWithoutLoss(Recording recording) {
        assertReadsWithoutLoss(recording.body());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sentActivities")
    void everyActivityABotSentReadsWithoutLoss(Recording recording) {
        assertReadsWithoutLoss(recording.body());
    }

    private void assertReadsWithoutLoss(JsonNode original) {
        Activity activity = json.activity(original.toString().getBytes(StandardCharsets.UTF_8));

        for (Map.Entry<String, OffsetDateTime> time : Map.of(
                "timestamp", activity.getTimestamp() == null ? OffsetDateTime.MIN : activity.getTimestamp(),
                "localTimestamp", activity.getLocalTimestamp() == null ? OffsetDateTime.MIN : activity.getLocalTimestamp())
                .entrySet()) {
            if (original.hasNonNull(time.getKey())) {
                assertThat(time.getValue()).as(time.getKey())
                        .isEqualTo(OffsetDateTime.parse(original.get(time.getKey()).asText()));
            }
        }
        ObjectNode withoutTimes = original.deepCopy();
        withoutTimes.remove(List.of("timestamp", "localTimestamp"));
        JsonTrees.assertContains(json.tree(activity), withoutTimes, "$");
    }
}
