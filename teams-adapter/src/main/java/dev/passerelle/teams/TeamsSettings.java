package dev.passerelle.teams;

import org.jspecify.annotations.Nullable;

/**
 * How Passerelle is known to the Bot Framework: the Azure bot's app id and secret, and its tenant for a
 * single-tenant registration. Without an app id, activities are not authenticated and only loopback callers
 * (the Agents Playground on this machine) are accepted. The secret is never logged.
 *
 * @param tenantId the Microsoft Entra tenant of a single-tenant bot; null for a multi-tenant one
 */
public record TeamsSettings(@Nullable String appId, @Nullable String appPassword, @Nullable String tenantId) {

    public TeamsSettings {
        appId = blankToNull(appId);
        appPassword = blankToNull(appPassword);
        tenantId = blankToNull(tenantId);
        if (appId != null && appPassword == null) {
            throw new IllegalArgumentException("MICROSOFT_APP_ID is set but MICROSOFT_APP_PASSWORD is not: Passerelle "
                    + "needs the bot's client secret to answer in Teams");
        }
    }

    /** Local testing: no Bot Framework registration, loopback callers only. */
    public static TeamsSettings local() {
        return new TeamsSettings(null, null, null);
    }

    /** True when every activity's JWT is checked against the app id. */
    public boolean authenticated() {
        return appId != null;
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @Override
    public String toString() {
        return "TeamsSettings[appId=" + appId + ", tenantId=" + tenantId + ", password="
                + (appPassword == null ? "unset" : "set") + "]";
    }
}
