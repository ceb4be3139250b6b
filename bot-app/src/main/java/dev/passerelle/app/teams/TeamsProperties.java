package dev.passerelle.app.teams;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code passerelle.teams.*}. The credentials default to the environment variables of Microsoft's own tooling
 * ({@code MICROSOFT_APP_ID}, {@code MICROSOFT_APP_PASSWORD}, {@code MICROSOFT_APP_TENANT_ID}). Without an app id,
 * Teams runs for local testing only: activities from this machine, unauthenticated (the Agents Playground).
 *
 * @param tenantId the Entra tenant of a single-tenant bot registration; empty for a multi-tenant one
 */
@ConfigurationProperties("passerelle.teams")
public record TeamsProperties(
        @DefaultValue("true") boolean enabled,
        String appId,
        String appPassword,
        String tenantId) {}
