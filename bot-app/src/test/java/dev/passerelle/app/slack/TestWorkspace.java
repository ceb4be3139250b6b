package dev.passerelle.app.slack;

/**
 * The Slack workspace the tests talk in: who is there, which channels exist and who is in them.
 * Alice, Bruno (whose Slack speaks French), Chloé and Dana are members; Kim is the knowledge
 * manager; the project channel is private to Alice and Bruno; each has a DM with the bot.
 */
final class TestWorkspace {

    static final String TEAM = "T1";
    static final String BOT_USER = "UBOT";
    static final String BOT_ID = "BBOT";
    static final String BOT_TOKEN = "xoxb-test";
    static final String APP_TOKEN = "xapp-test";
    static final String SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5";

    static final String ALICE = "U1";
    static final String BRUNO = "U2";
    static final String CHLOE = "U3";
    static final String DANA = "U4";
    static final String KIM = "UKM";

    static final String GENERAL = "C1";
    static final String PROJECT = "G1";
    static final String ALICE_DM = "D1";
    static final String BRUNO_DM = "D2";
    static final String CHLOE_DM = "D3";
    static final String DANA_DM = "D4";
    static final String KIM_DM = "DKM";

    private TestWorkspace() {
    }

    /** How the app keys a Slack channel of this workspace in its database. */
    static String channelKey(String channel) {
        return "slack:" + TEAM + ":" + channel;
    }

    static void install(SlackWebApi slack) {
        slack.person(ALICE, "Alice Martin", "alice@example.com", "en-US");
        slack.person(BRUNO, "Bruno Leroy", "bruno@example.com", "fr-FR");
        slack.person(CHLOE, "Chloé Dubois", "chloe@example.com", "en-US");
        slack.person(DANA, "Dana Smith", "dana@example.com", "en-US");
        slack.person(KIM, "Kim Nguyen", "kim@example.com", "en-US");
        slack.publicChannel(GENERAL, "general");
        slack.privateChannel(PROJECT, "project-falcon", ALICE, BRUNO);
        slack.directMessages(ALICE_DM, ALICE);
        slack.directMessages(BRUNO_DM, BRUNO);
        slack.directMessages(CHLOE_DM, CHLOE);
        slack.directMessages(DANA_DM, DANA);
        slack.directMessages(KIM_DM, KIM);
    }
}
