package org.tidtam.complaints;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.bson.Document;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import org.tidtam.shared.FiscalYear;
import org.tidtam.shared.ThaiDates;

/**
 * Satisfaction surveys at the point of service (แบบประเมินความพึงพอใจ): each service has a code and a
 * LINE link (printed as a QR code at the counter) that opens the chat with "ประเมินความพึงพอใจ S1"
 * typed; the answers to the standard 1–5 questions are stored without the LINE id and aggregated per
 * service and half of the fiscal year (ITA asks for a report twice a year).
 */
@Service
public class SurveyService {

	public static final String SERVICES = "survey_services";

	public static final String RESPONSES = "survey_responses";

	public static final String TRIGGER = "ประเมินความพึงพอใจ";

	/** The standard questions, each answered 1 (least) to 5 (most). */
	public static final List<String> QUESTIONS = List.of("ขั้นตอนการให้บริการไม่ยุ่งยาก ชัดเจน",
			"ความรวดเร็วในการให้บริการ", "เจ้าหน้าที่สุภาพ ให้คำแนะนำดี", "สถานที่และสิ่งอำนวยความสะดวก",
			"ความพึงพอใจโดยรวม");

	static final List<String> DEFAULT_SERVICES = List.of("งานทะเบียนราษฎร", "งานจัดเก็บภาษี", "งานขออนุญาตก่อสร้าง",
			"งานเบี้ยยังชีพผู้สูงอายุและผู้พิการ", "งานรับเรื่องร้องเรียน");

	public record SurveyedService(String code, String name) {
	}

	/** One service in one half-year: how many answered and the average of each question. */
	public record Result(String code, String name, String half, long responses, List<Double> averages, Double overall) {
	}

	private final MongoTemplate mongo;

	private final Clock clock;

	private final String basicId;

	SurveyService(MongoTemplate mongo, Clock clock, @Value("${tidtam.line.basic-id:@tidtam}") String basicId) {
		this.mongo = mongo;
		this.clock = clock;
		this.basicId = basicId;
		mongo.indexOps(RESPONSES).createIndex(new Index().on("key", Sort.Direction.ASC).unique().sparse().named("key"));
	}

	/** The services in use, seeding the usual ones the first time. */
	public List<SurveyedService> services() {
		return stored(false);
	}

	public Optional<SurveyedService> service(String code) {
		return services().stream().filter(s -> s.code().equalsIgnoreCase(code)).findFirst();
	}

	public SurveyedService addService(String name) {
		// codes are never reused: a retired service's printed QR code must not open another service
		seedOnce();
		String code = "S" + (this.mongo.count(new Query(), SERVICES) + 1);
		this.mongo.insert(new Document("_id", code).append("name", name.strip()), SERVICES);
		return new SurveyedService(code, name.strip());
	}

	/** A new name for a service; its code, and so its printed QR code and its results, stay. */
	public boolean rename(String code, String name) {
		return this.mongo.updateFirst(inUse(code), new Update().set("name", name.strip()), SERVICES).getMatchedCount() == 1;
	}

	/**
	 * Takes a service out of use: it leaves the list and the chat's choices, and its QR code then asks the
	 * citizen to choose a service; its answers stay in the year's results.
	 */
	public boolean retire(String code) {
		return this.mongo
			.updateFirst(inUse(code), new Update().set("retired", true).set("retiredAt", this.clock.instant()), SERVICES)
			.getMatchedCount() == 1;
	}

	private static Query inUse(String code) {
		return Query.query(Criteria.where("_id").is(code).and("retired").ne(true));
	}

	private List<SurveyedService> stored(boolean retiredToo) {
		seedOnce();
		Query query = retiredToo ? new Query() : Query.query(Criteria.where("retired").ne(true));
		return this.mongo.find(query, Document.class, SERVICES)
			.stream()
			.map(d -> new SurveyedService(d.getString("_id"), d.getString("name")))
			.sorted(Comparator.comparingInt(SurveyService::codeNumber))
			.toList();
	}

	/** The usual services, the first time the list is asked for. */
	private void seedOnce() {
		if (this.mongo.count(new Query(), SERVICES) == 0) {
			int i = 1;
			for (String name : DEFAULT_SERVICES) {
				this.mongo.insert(new Document("_id", "S" + i++).append("name", name), SERVICES);
			}
		}
	}

	/** S1, S2, … S10 in number order (the codes sort as text otherwise: S10 before S2). */
	private static int codeNumber(SurveyedService service) {
		try {
			return Integer.parseInt(service.code().substring(1));
		}
		catch (RuntimeException e) {
			return Integer.MAX_VALUE;
		}
	}

	/** The LINE link that opens the chat with the survey of this service typed. */
	public String link(String code) {
		String text = URLEncoder.encode(TRIGGER + " " + code, StandardCharsets.UTF_8).replace("+", "%20");
		return "https://line.me/R/oaMessage/" + this.basicId + "/?" + text;
	}

	/** Records one person's answers once per dialog; the dialog id is kept only hashed (it names the chat). */
	public void record(String code, List<Integer> answers, String dialogId) {
		if (answers.size() != QUESTIONS.size() || answers.stream().anyMatch(a -> a < 1 || a > 5)) {
			throw new IllegalArgumentException("answers must be " + QUESTIONS.size() + " values 1–5");
		}
		Instant now = this.clock.instant();
		LocalDate day = LocalDate.ofInstant(now, ThaiDates.BANGKOK);
		Document response = new Document("service", code).append("answers", answers)
			.append("at", now)
			.append("fiscalYear", FiscalYear.containing(day).buddhistYear())
			.append("half", FiscalYear.quarterOf(day) <= 2 ? "H1" : "H2")
			.append("key", dialogId == null ? null : sha256(dialogId));
		try {
			this.mongo.insert(response, RESPONSES);
		}
		catch (DuplicateKeyException alreadyRecorded) {
			// the same dialog completing again after a redelivery
		}
	}

	/** Results of a fiscal year per service and half-year. */
	public List<Result> results(FiscalYear year) {
		List<Document> all = this.mongo.find(Query.query(Criteria.where("fiscalYear").is(year.buddhistYear())),
				Document.class, RESPONSES);
		Map<String, String> names = new LinkedHashMap<>();
		services().forEach(s -> names.put(s.code(), s.name()));
		// a retired service still shows the answers it got that year
		Set<String> answered = all.stream().map(d -> d.getString("service")).collect(Collectors.toSet());
		stored(true).stream()
			.filter(s -> !names.containsKey(s.code()) && answered.contains(s.code()))
			.forEach(s -> names.put(s.code(), s.name()));
		List<Result> results = new ArrayList<>();
		for (Map.Entry<String, String> service : names.entrySet()) {
			for (String half : List.of("H1", "H2")) {
				List<List<Integer>> answers = all.stream()
					.filter(d -> service.getKey().equals(d.getString("service")) && half.equals(d.getString("half")))
					.map(d -> d.getList("answers", Integer.class))
					.toList();
				List<Double> averages = new ArrayList<>();
				for (int q = 0; q < QUESTIONS.size(); q++) {
					int index = q;
					averages.add(answers.isEmpty() ? null
							: round(answers.stream().mapToInt(a -> a.get(index)).average().orElse(0)));
				}
				Double overall = answers.isEmpty() ? null
						: round(answers.stream().flatMap(List::stream).mapToInt(Integer::intValue).average().orElse(0));
				results.add(new Result(service.getKey(), service.getValue(), half, answers.size(), averages, overall));
			}
		}
		return results;
	}

	private static double round(double value) {
		return Math.round(value * 100) / 100.0;
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

}
