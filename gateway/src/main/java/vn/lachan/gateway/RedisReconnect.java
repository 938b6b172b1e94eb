package vn.lachan.gateway;

import io.lettuce.core.resource.Delay;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.data.redis.autoconfigure.ClientResourcesBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The gateway's Redis client reconnects within 2 seconds of Redis coming back. Lettuce's own back-off grows to 30
 * seconds, and until it reconnects every rate limit and session waits for the Redis timeout (FaultInjectionTest saw
 * the gateway reconnect half a minute after a Redis restart, answering ten times slower meanwhile).
 */
@Configuration(proxyBeanMethods = false)
class RedisReconnect {

    static final Duration AT_MOST = Duration.ofSeconds(2);

    @Bean
    ClientResourcesBuilderCustomizer quickRedisReconnect() {
        return builder -> builder.reconnectDelay(
                () -> Delay.exponential(Duration.ofMillis(100), AT_MOST, 2, TimeUnit.MILLISECONDS));
    }
}
