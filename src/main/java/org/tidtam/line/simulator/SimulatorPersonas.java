package org.tidtam.line.simulator;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The people on the simulator page: citizens who chat 1:1 with the bot, and staff who also sit in
 * a division's group. Ids are derived from names, so the same persona keeps the same LINE user id
 * across restarts and the app's stored data still belongs to someone. Registers every persona (and
 * group) with the {@link FakeLinePlatform}. Thread-safe.
 */
public final class SimulatorPersonas {

	/**
	 * @param id short id for the page ({@code somchai}, {@code persona-4})
	 * @param name display name
	 * @param role {@code citizen} or {@code staff}
	 * @param userId LINE user id
	 * @param groupId the staff member's group, null for citizens
	 * @param groupName that group's name, null for citizens
	 */
	public record Persona(String id, String name, String role, String userId, String groupId, String groupName) {
	}

	private final FakeLinePlatform platform;

	private final List<Persona> personas = new ArrayList<>();

	public SimulatorPersonas(FakeLinePlatform platform) {
		this.platform = platform;
	}

	/** The seeded cast: two citizens and one staff member of the engineering division's group. */
	public static SimulatorPersonas seeded(FakeLinePlatform platform) {
		SimulatorPersonas personas = new SimulatorPersonas(platform);
		personas.add("somchai", "สมชาย ใจดี", "citizen", null);
		personas.add("malee", "มาลี ศรีสุข", "citizen", null);
		personas.add("wilaiwan", "วิไลวรรณ ช่างคิด", "staff", "กองช่าง – เทศบาลตำบลตัวอย่าง");
		return personas;
	}

	public synchronized List<Persona> all() {
		return List.copyOf(this.personas);
	}

	public synchronized Optional<Persona> find(String id) {
		return this.personas.stream().filter((p) -> p.id().equals(id)).findFirst();
	}

	/** A new persona with a fresh id; a staff member's group is created, or reused by name. */
	public synchronized Persona create(String name, String role, String groupName) {
		String id = "persona-" + (this.personas.size() + 1);
		while (find(id).isPresent()) {
			id = id + "x";
		}
		return add(id, name, role, groupName);
	}

	private Persona add(String id, String name, String role, String groupName) {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("name is required");
		}
		if (!"citizen".equals(role) && !"staff".equals(role)) {
			throw new IllegalArgumentException("role must be citizen or staff");
		}
		String userId = lineId("U", "user:" + id + ":" + name);
		String groupId = null;
		String group = (groupName == null || groupName.isBlank()) ? null : groupName.trim();
		this.platform.putUser(userId, name, null);
		if (group != null) {
			groupId = lineId("C", "group:" + group);
			this.platform.putGroup(groupId, group);
			this.platform.addGroupMember(groupId, userId);
		}
		Persona persona = new Persona(id, name, role, userId, groupId, group);
		this.personas.add(persona);
		return persona;
	}

	/** A LINE-shaped id (prefix and 32 hex digits) that depends only on {@code seed}. */
	static String lineId(String prefix, String seed) {
		try {
			byte[] digest = MessageDigest.getInstance("MD5").digest(seed.getBytes(StandardCharsets.UTF_8));
			return prefix + HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
