package org.tidtam.line.limits;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.LevelResolverFactory;
import com.atlassian.oai.validator.report.ValidationReport;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

/**
 * Checks a request to LINE against LINE's own OpenAPI description ({@code messaging-api.yml}), the way
 * {@code shared/line/README.md} found to work: three discriminated schemas patched to require
 * {@code type} (else nothing validates), additional properties ignored (LINE's {@code allOf}
 * inheritance otherwise flags every child field), and the innermost nested message reported, because
 * the outer ones only say "oneOf failed". Paths come out in LINE's style ({@code messages[0].text}).
 * <p>
 * Loading the spec takes seconds: build one instance and share it. {@link #validate} is synchronized
 * because the underlying validator's thread safety is not documented.
 */
public final class LineOpenApiValidator {

	/** The discriminated schemas in LINE's spec that forget to list {@code type} as required. */
	private static final List<String> SCHEMAS_MISSING_TYPE = List.of("Action", "Recipient", "DemographicFilter");

	private static final Pattern JSON_POINTER_SEGMENT = Pattern.compile("/([^/]*)");

	private static final Pattern PATH_PREFIX = Pattern.compile("^\\[Path '([^']*)'\\]\\s*");

	private static final Map<Path, LineOpenApiValidator> SHARED = new ConcurrentHashMap<>();

	private final OpenApiInteractionValidator validator;

	/** @param openApiDir the directory holding LINE's {@code messaging-api.yml} */
	public LineOpenApiValidator(Path openApiDir) {
		Path spec = openApiDir.resolve("messaging-api.yml");
		if (!Files.isRegularFile(spec)) {
			throw new IllegalArgumentException("LINE OpenAPI description not found: " + spec.toAbsolutePath());
		}
		ParseOptions options = new ParseOptions();
		options.setResolve(true);
		SwaggerParseResult result = new OpenAPIV3Parser().readLocation(spec.toUri().toString(), null, options);
		OpenAPI api = result.getOpenAPI();
		if (api == null) {
			throw new IllegalArgumentException("Cannot read " + spec + ": " + result.getMessages());
		}
		patchDiscriminators(api);
		this.validator = OpenApiInteractionValidator.createFor(api)
			.withLevelResolver(LevelResolverFactory.withAdditionalPropertiesIgnored())
			.build();
	}

	/**
	 * The validator for LINE's spec in the shared folder beside the checkout: system property
	 * {@code tidtam.shared.dir} (surefire sets it), else {@code ../shared} from the working directory.
	 * Empty when the spec is not there (e.g. a packaged app on a server). The instance is shared per
	 * spec directory, because loading takes seconds and many tests ask for it.
	 */
	public static Optional<LineOpenApiValidator> fromDefaultLocation() {
		return defaultDirectory().map((dir) -> SHARED.computeIfAbsent(dir.toAbsolutePath().normalize(),
				LineOpenApiValidator::new));
	}

	private static Optional<Path> defaultDirectory() {
		String shared = System.getProperty("tidtam.shared.dir");
		List<Path> candidates = new ArrayList<>();
		if (shared != null && !shared.isBlank()) {
			candidates.add(Paths.get(shared));
		}
		candidates.add(Paths.get("..", "shared"));
		for (Path candidate : candidates) {
			Path dir = candidate.resolve("line").resolve("openapi");
			if (Files.isRegularFile(dir.resolve("messaging-api.yml"))) {
				return Optional.of(dir);
			}
		}
		return Optional.empty();
	}

	/**
	 * @param method HTTP method, e.g. {@code POST}
	 * @param path LINE's path, e.g. {@code /v2/bot/message/push} (a query string is allowed)
	 * @param body the JSON body as sent, or null
	 * @return what LINE's spec says is wrong, empty when nothing
	 */
	public List<Violation> validate(String method, String path, String body) {
		return validate(method, path, body, null);
	}

	/** As {@link #validate(String, String, String)}, also checking the {@code X-Line-Retry-Key} header. */
	public List<Violation> validate(String method, String path, String body, String retryKey) {
		String pathOnly = path;
		String query = null;
		int q = path.indexOf('?');
		if (q >= 0) {
			pathOnly = path.substring(0, q);
			query = path.substring(q + 1);
		}
		SimpleRequest.Builder builder = new SimpleRequest.Builder(Request.Method.valueOf(method.toUpperCase(Locale.ROOT)),
				pathOnly)
			.withAuthorization("Bearer validator");
		if (body != null && !body.isEmpty()) {
			builder.withContentType("application/json").withBody(body);
		}
		if (retryKey != null) {
			builder.withHeader("X-Line-Retry-Key", retryKey);
		}
		if (query != null) {
			for (String pair : query.split("&")) {
				if (!pair.isEmpty()) {
					int eq = pair.indexOf('=');
					builder.withQueryParam(eq < 0 ? pair : pair.substring(0, eq), eq < 0 ? "" : pair.substring(eq + 1));
				}
			}
		}
		ValidationReport report;
		synchronized (this) {
			report = this.validator.validateRequest(builder.build());
		}
		LinkedHashSet<Violation> violations = new LinkedHashSet<>();
		for (ValidationReport.Message message : report.getMessages()) {
			if (message.getLevel() == ValidationReport.Level.ERROR) {
				collectInnermost(message, violations);
			}
		}
		return innermost(violations);
	}

	/**
	 * Drops "failed to match all required schemas" style messages about a parent when a child has its
	 * own: LINE reports the field that is wrong, not every object around it.
	 */
	private static List<Violation> innermost(LinkedHashSet<Violation> violations) {
		List<Violation> out = new ArrayList<>();
		for (Violation candidate : violations) {
			boolean parentOfAnother = false;
			for (Violation other : violations) {
				String prefix = candidate.property();
				String path = other.property();
				if (path.length() > prefix.length() && path.startsWith(prefix)
						&& (prefix.isEmpty() || path.charAt(prefix.length()) == '.' || path.charAt(prefix.length()) == '[')) {
					parentOfAnother = true;
					break;
				}
			}
			if (!parentOfAnother) {
				out.add(candidate);
			}
		}
		return List.copyOf(out);
	}

	private static void collectInnermost(ValidationReport.Message message, LinkedHashSet<Violation> into) {
		List<ValidationReport.Message> nested = message.getNestedMessages();
		if (nested != null && !nested.isEmpty()) {
			int before = into.size();
			for (ValidationReport.Message inner : nested) {
				if (inner.getLevel() == ValidationReport.Level.ERROR) {
					collectInnermost(inner, into);
				}
			}
			if (into.size() > before) {
				return;
			}
		}
		into.add(toViolation(message));
	}

	private static Violation toViolation(ValidationReport.Message message) {
		String text = message.getMessage();
		String pointer = message.getContext()
			.flatMap(ValidationReport.MessageContext::getPointers)
			.map(ValidationReport.MessageContext.Pointers::getInstance)
			.orElse(null);
		Matcher prefix = PATH_PREFIX.matcher(text);
		if (prefix.find()) {
			if (pointer == null || pointer.isEmpty()) {
				pointer = prefix.group(1);
			}
			text = text.substring(prefix.end());
		}
		return new Violation(lineProperty(pointer), text);
	}

	/** {@code /messages/0/text} → {@code messages[0].text}: how LINE names properties in its errors. */
	static String lineProperty(String jsonPointer) {
		if (jsonPointer == null || jsonPointer.isEmpty() || jsonPointer.equals("/")) {
			return "";
		}
		StringBuilder out = new StringBuilder();
		Matcher segments = JSON_POINTER_SEGMENT.matcher(jsonPointer);
		while (segments.find()) {
			String segment = segments.group(1).replace("~1", "/").replace("~0", "~");
			if (!segment.isEmpty() && segment.chars().allMatch(Character::isDigit)) {
				out.append('[').append(segment).append(']');
			}
			else {
				if (out.length() > 0) {
					out.append('.');
				}
				out.append(segment);
			}
		}
		return out.toString();
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static void patchDiscriminators(OpenAPI api) {
		for (String name : SCHEMAS_MISSING_TYPE) {
			Schema schema = api.getComponents().getSchemas().get(name);
			if (schema == null) {
				continue;
			}
			List<String> required = schema.getRequired() == null ? new ArrayList<>()
					: new ArrayList<>(schema.getRequired());
			if (!required.contains("type")) {
				required.add("type");
				schema.setRequired(required);
			}
		}
	}

}
