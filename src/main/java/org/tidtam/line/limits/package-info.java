/**
 * What LINE accepts from a bot: LINE's own limits ({@link org.tidtam.line.limits.LineLimits}) and
 * LINE's OpenAPI description ({@link org.tidtam.line.limits.LineOpenApiValidator}). Pure Java, no
 * Spring: used by the fake LINE platform and by tests that check every message the bot builds.
 */
package org.tidtam.line.limits;
