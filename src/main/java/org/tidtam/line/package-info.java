/**
 * LINE adapter: the signed webhook intake and its durable inbox, {@link org.tidtam.line.outbound.LineMessenger}
 * with its outbox, Flex templates, and (when no channel is configured) the LINE simulator with a fake
 * LINE platform. Depends on the business modules; none of them depends on it.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.tidtam.line;
