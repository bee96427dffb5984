package org.tidtam.measures.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.function.BiFunction;

/**
 * Something the importer says to the coordinator, as a message key of {@code messages/messages} and its
 * arguments, so that a page words it in its own language; {@link #thai()} is the Thai the message file
 * gives (what tests and logs read). An argument may itself be an {@code ImportText} (a field's name), and
 * {@link #list} joins several with ", ".
 *
 * @param key the message key, or null for a list
 * @param args the arguments: strings, numbers (formatted as the message file does, "1,000"), or texts
 */
public record ImportText(String key, List<Serializable> args) implements Serializable {

	private static final Locale THAI = Locale.forLanguageTag("th");

	private static final String THAI_MESSAGES = "/messages/messages.properties";

	private static volatile Properties thai;

	public ImportText {
		args = List.copyOf(args);
	}

	public static ImportText of(String key, Serializable... args) {
		return new ImportText(key, List.of(args));
	}

	/** Several texts said one after another, "มาตรการ, ขั้นตอน". */
	public static ImportText list(List<ImportText> items) {
		return new ImportText(null, List.copyOf(items));
	}

	/** In Thai, as the Thai message file words it. */
	public String thai() {
		return render((key, arguments) -> {
			String pattern = thaiMessages().getProperty(key);
			if (pattern == null) {
				throw new IllegalStateException("No Thai message " + key);
			}
			// as Spring's message source: a message without arguments is printed as written
			return arguments.length == 0 ? pattern : new MessageFormat(pattern, THAI).format(arguments);
		});
	}

	/**
	 * Worded by {@code message} (a key and its arguments, already worded, to the text), e.g. a page's
	 * message source in the page's language.
	 */
	public String render(BiFunction<String, Object[], String> message) {
		Object[] worded = this.args.stream().map(a -> a instanceof ImportText t ? t.render(message) : a).toArray();
		if (this.key == null) {
			StringBuilder out = new StringBuilder();
			for (Object w : worded) {
				out.append(out.isEmpty() ? "" : ", ").append(w);
			}
			return out.toString();
		}
		return message.apply(this.key, worded);
	}

	private static Properties thaiMessages() {
		Properties loaded = thai;
		if (loaded == null) {
			loaded = new Properties();
			try (InputStream in = ImportText.class.getResourceAsStream(THAI_MESSAGES)) {
				if (in == null) {
					throw new IllegalStateException("No " + THAI_MESSAGES + " on the class path");
				}
				loaded.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			thai = loaded;
		}
		return loaded;
	}

}
