package dev.passerelle.teams;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.bot.restclient.serializer.JacksonAdapter;
import com.microsoft.bot.schema.Activity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;

/**
 * Activities as JSON, read and written with the SDK's own Jackson 2 mapper: its any-setter maps
 * ({@code properties}, {@code channelData}) need it, and Boot's Jackson 3 would drop them. One fix on top:
 * the SDK's timestamp pattern rejects times without fractional seconds and misreads seven digits
 * ({@code .1234567}, which Teams sends), so those two fields are read as plain ISO-8601.
 */
final class ActivityJson {

    private final ObjectMapper mapper;

    ActivityJson() {
        this.mapper = new JacksonAdapter().serializer().copy().addMixIn(Activity.class, IsoTimestamps.class);
    }

    /** Refused input is reported as such, never as a server error. */
    Activity activity(byte[] body) {
        try {
            Activity activity = mapper.readValue(body, Activity.class);
            if (activity == null || activity.getType() == null || activity.getType().isBlank()) {
                throw new NotAnActivity("the request body has no activity type");
            }
            return activity;
        } catch (IOException e) {
            throw new NotAnActivity("the request body is not a Bot Framework activity: " + e.getClass().getSimpleName());
        }
    }

    String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    JsonNode tree(Object value) {
        return mapper.valueToTree(value);
    }

    <T> T convert(Object value, Class<T> type) {
        return mapper.convertValue(value, type);
    }

    ObjectMapper mapper() {
        return mapper;
    }

    /** The body of a request that is not an activity: answered 400. */
    static final class NotAnActivity extends RuntimeException {
        NotAnActivity(String message) {
            super(message);
        }
    }

    /**
     * Mix-in: the two timestamps as ISO-8601 strings, whatever their fraction, kept in the offset they were sent
     * with. On the fields and the accessors, so that writing follows the same format as reading.
     */
    abstract static class IsoTimestamps {
        @JsonFormat(shape = JsonFormat.Shape.STRING, without = JsonFormat.Feature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        private OffsetDateTime timestamp;
        @JsonFormat(shape = JsonFormat.Shape.STRING, without = JsonFormat.Feature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        private OffsetDateTime localTimestamp;

        @JsonFormat(shape = JsonFormat.Shape.STRING, without = JsonFormat.Feature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        abstract OffsetDateTime getTimestamp();

        @JsonFormat(shape = JsonFormat.Shape.STRING, without = JsonFormat.Feature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        abstract void setTimestamp(OffsetDateTime value);

        @JsonFormat(shape = JsonFormat.Shape.STRING, without = JsonFormat.Feature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        abstract OffsetDateTime getLocalTimestamp();

        @JsonFormat(shape = JsonFormat.Shape.STRING, without = JsonFormat.Feature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        abstract void setLocalTimestamp(OffsetDateTime value);
    }
}
