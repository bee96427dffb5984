package org.tidtam.measures.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tidtam.measures.importing.ImportText;

/**
 * {@code @importTexts} in templates: what the measures-table importer says (a refusal, a warning, how it
 * read a column), worded in the page's language: {@code ${@importTexts.say(w.wording(), #locale)}}.
 */
@Component("importTexts")
public class ImportTexts {

	private final MessageSource messages;

	ImportTexts(MessageSource messages) {
		this.messages = messages;
	}

	public String say(ImportText text, Locale locale) {
		return text == null ? "" : text.render((key, args) -> this.messages.getMessage(key, args, locale));
	}

}
