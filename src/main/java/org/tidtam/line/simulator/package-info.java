/**
 * The LINE simulator: a fake LINE platform ({@link org.tidtam.line.simulator.FakeLinePlatform}) that
 * answers the bot's LINE SDK calls the way LINE does and plays the users' side with signed webhooks.
 * In the app it stands in for LINE when no channel is configured (HTTP adapters and the simulator
 * page's JSON API here); in tests it runs directly or behind MockWebServer. Depends on
 * {@code org.tidtam.line.limits}; nothing outside the LINE adapter and tests may use it.
 */
package org.tidtam.line.simulator;
