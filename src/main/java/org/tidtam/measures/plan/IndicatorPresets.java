package org.tidtam.measures.plan;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The indicator sets the application knows out of the box. They are copied into {@code indicator_sets}
 * when a coordinator picks one, and from then on they are data to edit: the framework changes every
 * few years, so indicators are never an enum.
 */
public final class IndicatorPresets {

	/** The ten indicators of the 2562–2565 framework (IIT 1–5, EIT 6–8, OIT 9–10). */
	public static final String PRESET_2562_2565 = "PRESET_2562_2565";

	/** An empty set, for a year whose framework the application does not know. */
	public static final String CUSTOM = "CUSTOM";

	private static final List<Indicator> ITA_2562_2565 = List.of(Indicator.of("1", "การปฏิบัติหน้าที่", Indicator.IIT),
			Indicator.of("2", "การใช้งบประมาณ", Indicator.IIT), Indicator.of("3", "การใช้อำนาจ", Indicator.IIT),
			Indicator.of("4", "การใช้ทรัพย์สินของราชการ", Indicator.IIT),
			Indicator.of("5", "การแก้ไขปัญหาการทุจริต", Indicator.IIT),
			Indicator.of("6", "คุณภาพการดำเนินงาน", Indicator.EIT),
			Indicator.of("7", "ประสิทธิภาพการสื่อสาร", Indicator.EIT),
			Indicator.of("8", "การปรับปรุงการทำงาน", Indicator.EIT), Indicator.of("9", "การเปิดเผยข้อมูล", Indicator.OIT),
			Indicator.of("10", "การป้องกันการทุจริต", Indicator.OIT));

	private static final Map<String, Preset> PRESETS = Map.of(PRESET_2562_2565,
			new Preset(PRESET_2562_2565, "ตัวชี้วัด ITA ปี พ.ศ. ๒๕๖๒–๒๕๖๕", ITA_2562_2565), CUSTOM,
			new Preset(CUSTOM, "ชุดตัวชี้วัดกำหนดเอง", List.of()));

	private IndicatorPresets() {
	}

	public static Optional<Preset> find(String presetId) {
		return Optional.ofNullable(PRESETS.get(presetId));
	}

	/** A built-in set: its id, default Thai name and indicators. */
	public record Preset(String id, String name, List<Indicator> indicators) {

		public Preset {
			indicators = List.copyOf(indicators);
		}

	}

}
