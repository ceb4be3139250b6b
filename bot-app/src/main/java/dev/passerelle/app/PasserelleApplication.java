package dev.passerelle.app;

import dev.passerelle.app.chat.ChatCommand;
import dev.passerelle.app.ops.BackupCommands;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Passerelle. {@code java -jar passerelle.jar} starts the server (adapters, health);
 * {@code java -jar passerelle.jar chat …} starts the local chat on the same core;
 * {@code java -jar passerelle.jar import slack-export <zip or folder>} imports a Slack workspace's history;
 * {@code java -jar passerelle.jar backup DIR} copies the knowledge base while it runs, {@code restore DIR} puts a copy back.
 */
@SpringBootApplication
public class PasserelleApplication {

    public static void main(String[] args) {
        if (args.length > 0 && "chat".equals(args[0])) {
            System.exit(ChatCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length)));
        }
        if (args.length > 0 && "import".equals(args[0])) {
            System.exit(dev.passerelle.app.history.ImportCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length)));
        }
        if (args.length > 0 && "backup".equals(args[0])) {
            System.exit(BackupCommands.backup(java.util.Arrays.copyOfRange(args, 1, args.length)));
        }
        if (args.length > 0 && "restore".equals(args[0])) {
            System.exit(BackupCommands.restore(java.util.Arrays.copyOfRange(args, 1, args.length)));
        }
        SpringApplication.run(PasserelleApplication.class, args);
    }

    /**
     * The application without its server, for a command that owns the terminal (chat, import, restore): no banner,
     * no start-up line, and {@code application.properties} overlaid by {@code <config>.properties}.
     */
    public static ConfigurableApplicationContext withoutServer(String config, java.util.List<String> arguments) {
        return new SpringApplicationBuilder(PasserelleApplication.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .properties("spring.config.name=application," + config)
                .run(arguments.toArray(String[]::new));
    }
}
