package org.tidtam.complaints;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import org.tidtam.measures.organisation.Division;
import org.tidtam.measures.organisation.DivisionService;

/**
 * The organisation's complaint categories. The first read seeds the usual ones of a Thai municipality,
 * each mapped to the division whose name fits (กองช่าง, กองสาธารณสุขฯ, สำนักปลัด, กองคลัง, กองการศึกษา)
 * when such a division exists. At most {@link #MAX} active categories plus "อื่น ๆ", which is always last.
 */
@Service
public class ComplaintCategories {

	public static final int MAX = 20;

	public static final String OTHER_NAME = "อื่น ๆ";

	/** name, a word of the default division's name. */
	static final List<String[]> DEFAULTS = List.of(new String[] { "ไฟฟ้าส่องสว่างชำรุด", "ช่าง" },
			new String[] { "ถนน ทางเท้าชำรุด", "ช่าง" }, new String[] { "ท่อระบายน้ำ น้ำท่วมขัง", "ช่าง" },
			new String[] { "ขยะ ความสะอาด", "สาธารณสุข" }, new String[] { "น้ำประปา", "ช่าง" },
			new String[] { "เหตุเดือดร้อนรำคาญ", "สาธารณสุข" }, new String[] { "ต้นไม้ กิ่งไม้", "ช่าง" },
			new String[] { "สัตว์จรจัด", "สาธารณสุข" }, new String[] { "ยุงลาย ลูกน้ำ", "สาธารณสุข" },
			new String[] { "การจราจร ป้ายจราจร", "ปลัด" }, new String[] { "สาธารณภัย ความปลอดภัย", "ปลัด" },
			new String[] { "การบริการของเจ้าหน้าที่", "ปลัด" }, new String[] { "เบี้ยยังชีพ สวัสดิการ", "ปลัด" },
			new String[] { "ภาษี ค่าธรรมเนียม", "คลัง" }, new String[] { "โรงเรียน ศูนย์เด็กเล็ก", "การศึกษา" });

	private final MongoTemplate mongo;

	private final DivisionService divisions;

	ComplaintCategories(MongoTemplate mongo, DivisionService divisions) {
		this.mongo = mongo;
		this.divisions = divisions;
	}

	/** The active categories in order, "อื่น ๆ" last; seeds the defaults the first time. */
	public List<ComplaintCategory> active() {
		List<ComplaintCategory> found = this.mongo.find(Query.query(Criteria.where(ComplaintCategory.ACTIVE).is(true))
			.with(Sort.by(ComplaintCategory.OTHER, ComplaintCategory.SORT_ORDER)), ComplaintCategory.class);
		if (found.isEmpty() && this.mongo.count(new Query(), ComplaintCategory.class) == 0) {
			seed();
			return active();
		}
		return found;
	}

	public Optional<ComplaintCategory> find(String id) {
		return Optional.ofNullable(id == null ? null : this.mongo.findById(id, ComplaintCategory.class));
	}

	/** Adds a category before "อื่น ๆ"; refuses a 21st. */
	public ComplaintCategory add(String name, String defaultDivisionId, int acknowledgeDays, int resultDays) {
		long ordinary = active().stream().filter(c -> !c.isOther()).count();
		if (ordinary >= MAX) {
			throw new IllegalStateException("At most " + MAX + " categories");
		}
		ComplaintCategory category = new ComplaintCategory(name.strip(), defaultDivisionId, (int) ordinary + 1, false);
		category.setAcknowledgeDays(acknowledgeDays);
		category.setResultDays(resultDays);
		return this.mongo.insert(category);
	}

	public ComplaintCategory save(ComplaintCategory category) {
		return this.mongo.save(category);
	}

	synchronized void seed() {
		if (this.mongo.count(new Query(), ComplaintCategory.class) > 0) {
			return;
		}
		List<Division> active = this.divisions.active();
		int order = 1;
		for (String[] row : DEFAULTS) {
			this.mongo.insert(new ComplaintCategory(row[0], divisionNamed(active, row[1]), order++, false));
		}
		this.mongo.insert(new ComplaintCategory(OTHER_NAME, divisionNamed(active, "ปลัด"), order, true));
	}

	private static String divisionNamed(List<Division> divisions, String word) {
		return divisions.stream().filter(d -> d.getName().contains(word)).map(Division::getId).findFirst().orElse(null);
	}

}
