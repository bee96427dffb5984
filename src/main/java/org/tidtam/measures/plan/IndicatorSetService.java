package org.tidtam.measures.plan;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;
import org.tidtam.shared.FiscalYear;

/**
 * Creates and edits indicator sets. Codes are unique within a set, sub-items included, because measures
 * refer to an indicator by its code.
 */
@Service
public class IndicatorSetService {

	private final MongoTemplate mongo;

	private final Clock clock;

	IndicatorSetService(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	/** A new set filled from a built-in preset; {@code year} null makes it reusable across years. */
	public IndicatorSet createFromPreset(String presetId, FiscalYear year) {
		IndicatorPresets.Preset preset = IndicatorPresets.find(presetId)
			.orElseThrow(() -> new IllegalArgumentException("No indicator preset " + presetId));
		return this.mongo.insert(new IndicatorSet(year, preset.name(), preset.id(), preset.indicators(), this.clock.instant()));
	}

	public Optional<IndicatorSet> find(String setId) {
		return Optional.ofNullable(this.mongo.findById(setId, IndicatorSet.class));
	}

	/** Adds an indicator at the top level, or under the heading {@code parentCode} when it is not null. */
	public IndicatorSet addIndicator(String setId, String parentCode, Indicator indicator) {
		return edit(setId, list -> {
			List<String> codes = new ArrayList<>();
			collectCodes(list, codes);
			collectCodes(List.of(indicator), codes);
			if (codes.size() != codes.stream().distinct().count()) {
				throw new IllegalArgumentException("Indicator code already used in this set: " + indicator.code());
			}
			if (parentCode == null) {
				List<Indicator> out = new ArrayList<>(list);
				out.add(indicator);
				return out;
			}
			List<Indicator> out = map(list, parentCode, parent -> {
				List<Indicator> subs = new ArrayList<>(parent.subItems());
				subs.add(indicator);
				return parent.withSubItems(subs);
			});
			if (out.equals(list)) {
				throw new IllegalArgumentException("No indicator " + parentCode + " in this set");
			}
			return out;
		});
	}

	public IndicatorSet rename(String setId, String code, String newName) {
		return edit(setId, list -> {
			List<Indicator> out = map(list, code, i -> i.withName(newName));
			if (!contains(list, code)) {
				throw new IllegalArgumentException("No indicator " + code + " in this set");
			}
			return out;
		});
	}

	/** Removes an indicator (with its sub-items, for a heading). Measures keep the code they were given. */
	public IndicatorSet remove(String setId, String code) {
		return edit(setId, list -> {
			if (!contains(list, code)) {
				throw new IllegalArgumentException("No indicator " + code + " in this set");
			}
			return without(list, code);
		});
	}

	/** A copy of a set for another fiscal year, so a new year starts from last year's indicators. */
	public IndicatorSet copyToYear(String setId, FiscalYear year) {
		IndicatorSet source = find(setId).orElseThrow(() -> new IllegalArgumentException("No indicator set " + setId));
		return this.mongo.insert(new IndicatorSet(year, source.getName(), source.getPreset(), source.getIndicators(),
				this.clock.instant()));
	}

	/** Load, change, save: {@code @Version} turns a concurrent edit into an optimistic-locking failure. */
	private IndicatorSet edit(String setId, UnaryOperator<List<Indicator>> change) {
		IndicatorSet set = find(setId).orElseThrow(() -> new IllegalArgumentException("No indicator set " + setId));
		set.setIndicators(change.apply(set.getIndicators()));
		return this.mongo.save(set);
	}

	private static void collectCodes(List<Indicator> list, List<String> into) {
		for (Indicator i : list) {
			into.add(i.code());
			collectCodes(i.subItems(), into);
		}
	}

	static boolean contains(List<Indicator> list, String code) {
		for (Indicator i : list) {
			if (i.code().equals(code) || contains(i.subItems(), code)) {
				return true;
			}
		}
		return false;
	}

	private static List<Indicator> map(List<Indicator> list, String code, UnaryOperator<Indicator> f) {
		List<Indicator> out = new ArrayList<>();
		for (Indicator i : list) {
			out.add(i.code().equals(code) ? f.apply(i) : i.withSubItems(map(i.subItems(), code, f)));
		}
		return out;
	}

	private static List<Indicator> without(List<Indicator> list, String code) {
		List<Indicator> out = new ArrayList<>();
		for (Indicator i : list) {
			if (!i.code().equals(code)) {
				out.add(i.withSubItems(without(i.subItems(), code)));
			}
		}
		return out;
	}

}
