package org.tidtam.line.simulator;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;

/**
 * Active only when no LINE channel is configured (no secret and no token): then the app runs the
 * LINE simulator with its fake LINE platform. Mirrors {@code LineProperties.simulated()}; with a real
 * channel none of the simulator's endpoints exist.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE, ElementType.METHOD })
@Documented
@ConditionalOnExpression("'${line.bot.channel-secret:}'.isBlank() and '${line.bot.channel-token:}'.isBlank()")
public @interface ConditionalOnLineSimulator {

}
