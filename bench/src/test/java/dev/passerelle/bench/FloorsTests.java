package dev.passerelle.bench;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FloorsTests {

    @TempDir
    Path dir;

    private Floors floors(String text) throws IOException {
        Path file = dir.resolve("floors.properties");
        Files.writeString(file, text);
        return Floors.load(file);
    }

    @Test
    void passesWhenEveryFigureIsWithinItsFloorOrCeiling() throws IOException {
        Floors floors = floors("# comment\nzoomcamp.hit5.min=0.70\noff.topic.max=0.10\n");

        assertThatCode(() -> floors.check(Map.of("zoomcamp.hit5", 0.70, "off.topic", 0.10, "other", 0.0), 1))
                .doesNotThrowAnyException();
    }

    @Test
    void failsNamingTheFigureBelowItsFloorAndTheOneAboveItsCeiling() throws IOException {
        Floors floors = floors("zoomcamp.hit5.min=0.70\noff.topic.max=0.10\n");

        assertThatThrownBy(() -> floors.check(Map.of("zoomcamp.hit5", 0.69, "off.topic", 0.11), 1))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("zoomcamp.hit5 = 0.690 (floor 0.700)")
                .hasMessageContaining("off.topic = 0.110 (ceiling 0.100)");
    }

    @Test
    void failsWhenAFloorNamesAFigureTheRunNoLongerMeasures() throws IOException {
        Floors floors = floors("renamed.figure.min=0.5\n");

        assertThatThrownBy(() -> floors.check(Map.of("zoomcamp.hit5", 0.9), 1))
                .hasMessageContaining("renamed.figure: not measured");
    }

    @Test
    void refusesAKeyThatIsNeitherAFloorNorACeiling() {
        assertThatThrownBy(() -> floors("zoomcamp.hit5=0.7\n"))
                .hasMessageContaining("must end with .min or .max");
    }
}
