package dev.passerelle.slack;

import dev.passerelle.core.conversation.Home;
import dev.passerelle.core.vocabulary.Platform;
import dev.passerelle.slack.render.BlockKit;

/** Publishes a person's Home tab: their profile and expertise, open questions, pain points, review queue. */
public final class HomePublisher {

    private final SlackConversations conversations;
    private final SlackApi api;
    private final BlockKit blockKit;

    public HomePublisher(SlackConversations conversations, SlackApi api, BlockKit blockKit) {
        this.conversations = conversations;
        this.api = api;
        this.blockKit = blockKit;
    }

    public void publish(String team, String userId) {
        Directory.Person person = conversations.directory().person(userId);
        Home home = conversations.bot().home(Platform.SLACK, team, person.sender(), conversations.language(userId));
        api.call("views.publish", m -> m.viewsPublish(r -> r.userId(userId).view(blockKit.home(home))));
    }
}
