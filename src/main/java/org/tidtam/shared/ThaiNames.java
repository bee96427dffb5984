package org.tidtam.shared;

import java.util.List;

/**
 * People's names as chat messages address them. Offices type full names with the title, as official
 * documents write them (นายสมชาย ใจดี, นางสาวสมศรี ขยัน), and chat messages put คุณ before a name: คุณ before
 * a title reads wrong, and "คุณนาย" means "madam". So the title goes before คุณ is put in front.
 */
public final class ThaiNames {

	/** Longest first, so that นางสาว is not read as นาง. */
	private static final List<String> TITLES = List.of("นางสาว", "น.ส.", "นาง", "นาย");

	private ThaiNames() {
	}

	/**
	 * The name without a leading นาย, นาง, นางสาว or น.ส.; unchanged when what follows could not begin a word
	 * (a vowel sign or tone mark: นายิกา is a given name, not นาย + อิกา) or nothing follows.
	 */
	public static String withoutTitle(String name) {
		if (name == null) {
			return null;
		}
		String stripped = name.strip();
		for (String title : TITLES) {
			if (stripped.startsWith(title)) {
				String rest = stripped.substring(title.length()).stripLeading();
				if (!rest.isEmpty() && canBeginAWord(rest.charAt(0))) {
					return rest;
				}
			}
		}
		return stripped;
	}

	/** คุณ + the name without its title, as a chat message addresses a person. */
	public static String polite(String name) {
		return "คุณ" + withoutTitle(name);
	}

	private static boolean canBeginAWord(char c) {
		boolean thaiConsonant = c >= 'ก' && c <= 'ฮ';
		boolean leadingVowel = c >= 'เ' && c <= 'ไ';
		return thaiConsonant || leadingVowel || Character.isLetter(c) && Character.UnicodeBlock.of(c) != Character.UnicodeBlock.THAI;
	}

}
