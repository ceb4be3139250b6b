package dev.passerelle.core.inbox;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import java.time.Duration;

/**
 * A per-person limit on what they ask the bot: past it, their messages are still recorded and learnt from, but
 * in the background and without answers, and they are told so once per window instead of getting a reply to
 * each. Zero turns the limit off.
 */
public final class FloodGuard {

    /** What the guard decides for one addressed event. */
    public enum Verdict { SERVE, QUIET_AND_TELL, QUIET }

    private static final Duration WINDOW = Duration.ofMinutes(1);

    private final int perMinute;
    private final Cache<String, RateLimiter> limiters;
    private final Cache<String, Boolean> told;

    public FloodGuard(int perMinute) {
        if (perMinute < 0) {
            throw new IllegalArgumentException("the rate limit must be 0 (off) or positive");
        }
        this.perMinute = perMinute;
        this.limiters = Caffeine.newBuilder().expireAfterAccess(Duration.ofMinutes(10)).maximumSize(100_000).build();
        this.told = Caffeine.newBuilder().expireAfterWrite(WINDOW).maximumSize(100_000).build();
    }

    public int perMinute() {
        return perMinute;
    }

    public Verdict check(String actor) {
        if (perMinute == 0) {
            return Verdict.SERVE;
        }
        RateLimiter limiter = limiters.get(actor, a -> RateLimiter.of("person", RateLimiterConfig.custom()
                .limitForPeriod(perMinute).limitRefreshPeriod(WINDOW).timeoutDuration(Duration.ZERO).build()));
        if (limiter.acquirePermission()) {
            return Verdict.SERVE;
        }
        return told.asMap().putIfAbsent(actor, Boolean.TRUE) == null ? Verdict.QUIET_AND_TELL : Verdict.QUIET;
    }
}
