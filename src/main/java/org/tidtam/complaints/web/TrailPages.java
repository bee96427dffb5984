package org.tidtam.complaints.web;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.ui.Model;
import org.tidtam.complaints.TrailFilter;

/** The one page both access trails (personal data, corruption reports) are shown on. */
final class TrailPages {

	private TrailPages() {
	}

	/**
	 * Puts a page of {@code rows} (of {@code found}, narrowed by {@code filter}) on the model with its title, the
	 * layout's section and the way back, and names the view.
	 */
	static String show(Model model, String path, TrailFilter filter, Page<?> found, List<? extends TrailFilter.Row> rows,
			String titleKey, String section, String backPath, String backKey) {
		model.addAttribute("trail", rows);
		model.addAttribute("page", found);
		model.addAttribute("filter", filter);
		model.addAttribute("path", path);
		model.addAttribute("link", ListLink.of(path, filter));
		model.addAttribute("trailTitle", titleKey);
		model.addAttribute("section", section);
		model.addAttribute("backPath", backPath);
		model.addAttribute("backKey", backKey);
		return "complaints/trail";
	}

}
