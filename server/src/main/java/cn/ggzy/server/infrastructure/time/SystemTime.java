package cn.ggzy.server.infrastructure.time;

import jakarta.inject.Qualifier;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The machine's own time, for timestamps that other systems check against their clocks: the
 * expiry of the mobile API's tokens (checked by the server's JWT layer) and of Web Push VAPID
 * claims (checked by the push services). Everything the platform decides by date uses the
 * application's {@code Clock} instead, which tests fix and {@code platform.clock.start} shifts.
 */
@Qualifier
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE})
public @interface SystemTime {}
