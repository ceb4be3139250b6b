package dev.passerelle.teams;

import com.microsoft.bot.builder.BotCallbackHandler;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.connector.authentication.AppCredentials;
import com.microsoft.bot.connector.authentication.MicrosoftAppCredentials;
import com.microsoft.bot.integration.BotFrameworkHttpAdapter;
import com.microsoft.bot.connector.Channels;
import com.microsoft.bot.schema.ActivityTypes;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.ConversationParameters;
import com.microsoft.bot.schema.ConversationReference;
import com.microsoft.bot.schema.teams.TeamsChannelData;
import com.microsoft.bot.schema.teams.TenantInfo;
import java.util.List;
import dev.passerelle.core.vocabulary.Messages;
import dev.passerelle.core.vocabulary.Language;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SDK's HTTP adapter with two additions, in the shape of the SDK's {@code AdapterWithErrorHandler}: a turn
 * that fails is logged (ids only) and the person is told (unless its event could not even be recorded: that turn
 * fails, for Teams to deliver it again), and a single-tenant bot gets its tokens from its own
 * tenant (the SDK would ask the multi-tenant authority, which Azure no longer issues to new bots).
 */
final class PasserelleAdapter extends BotFrameworkHttpAdapter {

    private static final Logger log = LoggerFactory.getLogger(PasserelleAdapter.class);

    private final TeamsSettings settings;

    PasserelleAdapter(TeamsSettings settings, Language fallback) {
        super(new SdkConfiguration(settings));
        this.settings = settings;
        setOnTurnError((turn, error) -> tellOfFailure(turn, error, fallback));
    }

    @Override
    protected CompletableFuture<AppCredentials> buildAppCredentials(String appId, String oAuthScope) {
        if (settings.tenantId() == null || !appId.equals(settings.appId())) {
            return super.buildAppCredentials(appId, oAuthScope);
        }
        return CompletableFuture.completedFuture(
                new MicrosoftAppCredentials(appId, settings.appPassword(), settings.tenantId(), oAuthScope));
    }

    /** Runs {@code send} in a turn of a conversation the bot already has (a proactive message). */
    CompletableFuture<Void> continueIn(ConversationReference reference, BotCallbackHandler send) {
        return continueConversation(settings.appId() == null ? "" : settings.appId(), reference, send);
    }

    /**
     * Opens the bot's personal conversation with a user of a tenant, through the tenant's service URL, then runs
     * {@code send} in it: {@code POST /v3/conversations}, Teams answering with the conversation's id.
     */
    CompletableFuture<Void> openPersonal(String serviceUrl, String tenant, String bot, String user,
            BotCallbackHandler send) {
        ConversationParameters parameters = new ConversationParameters();
        parameters.setIsGroup(false);
        parameters.setBot(new ChannelAccount(bot));
        parameters.setMembers(List.of(new ChannelAccount(user)));
        parameters.setTenantId(tenant);
        TeamsChannelData data = new TeamsChannelData();
        data.setTenant(new TenantInfo(tenant));
        parameters.setChannelData(data);
        return createConversation(Channels.MSTEAMS, serviceUrl, credentials(), parameters, send);
    }

    private MicrosoftAppCredentials credentials() {
        if (!settings.authenticated()) {
            return MicrosoftAppCredentials.empty();
        }
        return settings.tenantId() == null ? new MicrosoftAppCredentials(settings.appId(), settings.appPassword())
                : new MicrosoftAppCredentials(settings.appId(), settings.appPassword(), settings.tenantId());
    }

    private static CompletableFuture<Void> tellOfFailure(TurnContext turn, Throwable error, Language fallback) {
        if (PasserelleTeams.unwrap(error) instanceof EventNotRecorded) {
            // Nothing to tell: the turn fails, Teams is not acknowledged and delivers the activity again.
            return CompletableFuture.failedFuture(error);
        }
        log.error("Teams {} activity {} in {} failed", turn.getActivity().getType(), turn.getActivity().getId(),
                conversationOf(turn), error);
        if (!ActivityTypes.MESSAGE.equals(turn.getActivity().getType())) {
            return CompletableFuture.completedFuture(null);
        }
        Language language = Language.fromCode(turn.getActivity().getLocale()).orElse(fallback);
        // The core answers its own failures; what fails here is mostly sending the reply, after the
        // knowledge was saved: never claim otherwise.
        return turn.sendActivity(Messages.get(language, "error.reply"))
                .handle((sent, failed) -> null);
    }

    private static @Nullable String conversationOf(TurnContext turn) {
        return turn.getActivity().getConversation() == null ? null : turn.getActivity().getConversation().getId();
    }
}
