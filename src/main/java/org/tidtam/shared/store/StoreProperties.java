package org.tidtam.shared.store;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the embedded store keeps its file ({@code tidtam.store.data-dir}), its database name, and
 * whether it is memory-only (tests). {@code commit-on-ack=false} skips the commit before a webhook is
 * acknowledged: only for measuring what that commit costs, never in use (acknowledged events could be lost).
 * {@code cache-mb} is the H2 page cache of the embedded store.
 */
@ConfigurationProperties("tidtam.store")
public record StoreProperties(@DefaultValue("./data") String dataDir, @DefaultValue("tidtam") String database,
		@DefaultValue("false") boolean inMemory, @DefaultValue("true") boolean commitOnAck,
		@DefaultValue("48") int cacheMb) {
}
