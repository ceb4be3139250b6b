package dev.passerelle.teams;

import com.microsoft.bot.integration.Configuration;
import java.util.Properties;
import org.jspecify.annotations.Nullable;

/**
 * The SDK reads its credentials through this interface under its own key names; this one is fed by
 * {@link TeamsSettings} rather than a classpath file, so there is one source of configuration.
 */
final class SdkConfiguration implements Configuration {

    static final String APP_ID = "MicrosoftAppId";
    static final String APP_PASSWORD = "MicrosoftAppPassword";
    static final String TENANT_ID = "MicrosoftAppTenantId";

    private final Properties properties = new Properties();

    SdkConfiguration(TeamsSettings settings) {
        put(APP_ID, settings.appId());
        put(APP_PASSWORD, settings.appPassword());
        put(TENANT_ID, settings.tenantId());
    }

    private void put(String key, @Nullable String value) {
        if (value != null) {
            properties.setProperty(key, value);
        }
    }

    @Override
    public @Nullable String getProperty(String key) {
        return properties.getProperty(key);
    }

    @Override
    public Properties getProperties() {
        Properties copy = new Properties();
        copy.putAll(properties);
        return copy;
    }

    @Override
    public String @Nullable [] getProperties(String key) {
        String value = properties.getProperty(key);
        return value == null ? null : value.split("\\s*,\\s*");
    }
}
