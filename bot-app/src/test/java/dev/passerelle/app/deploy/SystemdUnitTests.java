package dev.passerelle.app.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The systemd unit in deploy/systemd as systemd itself reads it: no warning, and a low exposure score. */
class SystemdUnitTests {

    private static final Path UNIT = Path.of("..", "deploy", "systemd", "passerelle.service").toAbsolutePath().normalize();
    private static final Path ANALYZE = Path.of("/usr/bin/systemd-analyze");

    private record Ran(int exit, String output) {}

    private static Ran analyze(String... arguments) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(ANALYZE.toString()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Ran(process.exitValue(), output);
    }

    @Test
    void verifiesWithoutAWarning() throws Exception {
        assumeTrue(Files.isExecutable(ANALYZE), "systemd-analyze is not installed (Debian package systemd)");

        Ran verified = analyze("verify", UNIT.toString());

        // verify exits 0 even when it ignores a line it cannot parse: its silence is what says the unit is whole.
        assertThat(verified.exit()).as(verified.output()).isZero();
        assertThat(verified.output()).isBlank();
    }

    @Test
    void isHardenedToAnExposureOfTwoOrLess() throws Exception {
        assumeTrue(Files.isExecutable(ANALYZE), "systemd-analyze is not installed (Debian package systemd)");

        Ran security = analyze("security", "--offline=yes", "--no-pager", UNIT.toString());

        Matcher level = Pattern.compile("Overall exposure level for passerelle.service: ([0-9.]+)")
                .matcher(security.output());
        assertThat(level.find()).as(security.output()).isTrue();
        assertThat(Double.parseDouble(level.group(1))).isLessThanOrEqualTo(2.0);
        assertThat(Files.readString(UNIT)).contains("DynamicUser=yes", "StateDirectory=passerelle",
                "EnvironmentFile=-/etc/passerelle/passerelle.env", "PASSERELLE_DATADIR=%S/passerelle");
    }
}
