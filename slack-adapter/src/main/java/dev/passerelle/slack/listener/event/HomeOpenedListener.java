package dev.passerelle.slack.listener.event;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.AppHomeOpenedEvent;
import dev.passerelle.slack.HomePublisher;
import dev.passerelle.slack.listener.AfterAck;

/** {@code app_home_opened} on the Home tab: publish it fresh. */
public final class HomeOpenedListener implements BoltEventHandler<AppHomeOpenedEvent> {

    private final HomePublisher homes;
    private final AfterAck afterAck;

    public HomeOpenedListener(HomePublisher homes, AfterAck afterAck) {
        this.homes = homes;
        this.afterAck = afterAck;
    }

    @Override
    public Response apply(EventsApiPayload<AppHomeOpenedEvent> payload, EventContext ctx) {
        AppHomeOpenedEvent event = payload.getEvent();
        if ("home".equals(event.getTab()) && event.getUser() != null) {
            String team = ctx.getTeamId();
            afterAck.run("app_home_opened", () -> homes.publish(team, event.getUser()));
        }
        return ctx.ack();
    }
}
