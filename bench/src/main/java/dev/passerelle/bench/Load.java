package dev.passerelle.bench;

import dev.passerelle.app.LoadWorkspace.Kind;
import dev.passerelle.app.LoadWorkspace.Person;
import dev.passerelle.app.LoadWorkspace.Said;
import dev.passerelle.app.ServerProcess;
import dev.passerelle.app.slack.SlackLoad;
import dev.passerelle.app.teams.TeamsLoad;
import dev.passerelle.core.conversation.Message;
import dev.passerelle.core.vocabulary.ChannelType;
import dev.passerelle.core.vocabulary.Language;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Signed HTTP load on loopback against the packaged server: Slack event deliveries, then Teams activities, at fixed
 * arrival rates ({@link SlackLoad}, {@link TeamsLoad}: bot-app's end-to-end scenario code), the messages those of
 * the bench's seeded {@link Workspace} (French and English, channel talk, thread answers, mentions, direct
 * messages); then a flood of forged Slack requests. Writes its block of {@code docs/performance.md}. Asserts
 * nothing: the target (≥ 500 Slack events/s acknowledged at p99 ≤ 100 ms) is reported as met or not.
 *
 * <p>Sizes are system properties: {@code bench.load.rates} ({@code 25,100,250,500,1000}), {@code .seconds} (10),
 * {@code .teams-rates} ({@code 5,10,25,50}), {@code .teams-seconds} (10), {@code .forged-rate} (1000),
 * {@code .patience} (seconds the inbox is given to be applied after each platform's steps, 180),
 * {@code .forged-seconds} (10), {@code .seed} (42), {@code .heap} (the server's {@code -Xmx}, {@code 1g}),
 * {@code .jfr} (a file: the server records a JFR profile there, written when it stops).
 */
public final class Load {

    static final List<Integer> RATES = rates("bench.load.rates", "25,100,250,500,1000");
    static final int SECONDS = Integer.getInteger("bench.load.seconds", 10);
    static final List<Integer> TEAMS_RATES = rates("bench.load.teams-rates", "5,10,25,50");
    static final int TEAMS_SECONDS = Integer.getInteger("bench.load.teams-seconds", 10);
    static final int FORGED_RATE = Integer.getInteger("bench.load.forged-rate", 1_000);
    static final int FORGED_SECONDS = Integer.getInteger("bench.load.forged-seconds", 10);
    static final long SEED = Long.getLong("bench.load.seed", 42);
    static final String HEAP = System.getProperty("bench.load.heap", "1g");
    /** More options for the server's JVM, separated by spaces (none by default). */
    static final String JVM_OPTIONS = System.getProperty("bench.load.jvm", "");
    static final Duration PATIENCE = Duration.ofSeconds(Integer.getInteger("bench.load.patience", 180));

    private Load() {}

    /** {@code args}: the application jar, the report file. */
    public static void main(String[] args) {
        Path jar = Path.of(args.length > 0 ? args[0] : "bot-app/target/passerelle.jar");
        Path report = Path.of(args.length > 1 ? args[1] : "docs/performance.md");
        String jfr = System.getProperty("bench.load.jfr", "");
        List<String> options = new ArrayList<>(List.of("-Xmx" + HEAP));
        Arrays.stream(JVM_OPTIONS.split("\\s+")).filter(option -> !option.isBlank()).forEach(options::add);
        if (!jfr.isBlank()) {
            options.add("-XX:StartFlightRecording=settings=profile,filename=" + Path.of(jfr).toAbsolutePath());
        }
        ServerProcess.Launch launch = ServerProcess.Launch.jar(jar, options.toArray(String[]::new));
        ZonedDateTime at = ZonedDateTime.now();
        String loadBefore = Performance.loadAverage();
        long started = System.nanoTime();
        Workspace workspace = new Workspace(SEED, 100_000);
        List<Person> people = workspace.people().stream().map(Load::person).toList();
        Iterator<Said> messages = stream(workspace, new Random(SEED));
        Path work = ThrowAway.directory("passerelle-load-");
        try {
            SlackLoad.Result<TeamsLoad.Result> result = SlackLoad.run(launch, work,
                    new SlackLoad.Settings(RATES, Duration.ofSeconds(SECONDS), FORGED_RATE,
                            Duration.ofSeconds(FORGED_SECONDS), PATIENCE), people, messages,
                    server -> TeamsLoad.run(server, new TeamsLoad.Settings(TEAMS_RATES,
                            Duration.ofSeconds(TEAMS_SECONDS), PATIENCE), people, messages));
            // Teams runs first: its acknowledgement waits for the turn, so it must not queue behind Slack's backlog.
            String markdown = LoadReport.markdown(result, at, loadBefore, Performance.loadAverage(),
                    (System.nanoTime() - started) / 1e9);
            System.out.println();
            System.out.println(markdown);
            LoadReport.write(report, markdown);
            System.out.println("Report written to " + report.toAbsolutePath());
        } catch (RuntimeException e) {
            System.err.println("The run failed; its database and server log are in " + work);
            throw e;
        }
        ThrowAway.delete(work);
    }

    private static Person person(Workspace.Person p) {
        return new Person(p.sender().userId(), p.sender().name(), p.sender().email(),
                p.language() == Language.FR ? "fr-FR" : "en-US");
    }

    /**
     * The workspace's messages as the platforms deliver them: direct messages to the bot stay direct, a quarter of
     * the questions opening a thread in a channel {@code @}-mention the bot, the rest is channel talk.
     */
    static Iterator<Said> stream(Workspace workspace, Random random) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Said next() {
                Message m = workspace.next();
                if (m.channel().type() == ChannelType.DIRECT) {
                    return new Said(Kind.DIRECT, m.sender().userId(), m.channel().channel(), m.text(), m.messageId(),
                            null);
                }
                boolean mention = m.thread() == null && m.text().strip().endsWith("?") && random.nextDouble() < 0.25;
                return new Said(mention ? Kind.MENTION : Kind.CHANNEL, m.sender().userId(), slackId(m.channel().channel()),
                        m.text(), m.messageId(), m.thread());
            }
        };
    }

    /** {@code C-sales-help} → {@code CSALESHELP}: a channel id as Slack spells them. */
    static String slackId(String channel) {
        return channel.replaceAll("[^A-Za-z0-9]", "").toUpperCase(Locale.ROOT);
    }

    private static List<Integer> rates(String property, String fallback) {
        return Arrays.stream(System.getProperty(property, fallback).split(",")).map(String::strip)
                .map(Integer::valueOf).toList();
    }
}
