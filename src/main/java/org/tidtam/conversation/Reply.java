package org.tidtam.conversation;

import java.util.List;
import java.util.Map;

/**
 * An answer to a person, free of any LINE type: plain text, or a Flex template (a file under
 * {@code flex-templates/}) with its values. Either may carry quick-reply options.
 */
public sealed interface Reply {

	List<Option> options();

	record Text(String text, List<Option> options) implements Reply {

		public Text {
			options = List.copyOf(options);
		}

		public static Text of(String text) {
			return new Text(text, List.of());
		}

	}

	/** {@code template} is the path under flex-templates/ without ".json", e.g. {@code line/welcome}. */
	record Flex(String template, Map<String, String> values, List<Option> options) implements Reply {

		public Flex {
			values = Map.copyOf(values);
			options = List.copyOf(options);
		}

	}

	/** A quick-reply chip: sends {@code text} as the person's message, or {@code data} as a postback. */
	record Option(String label, String text, String data) {

		public static Option say(String label, String text) {
			return new Option(label, text, null);
		}

		public static Option say(String text) {
			return new Option(text, text, null);
		}

		public static Option choose(String label, String data) {
			return new Option(label, null, data);
		}

	}

}
