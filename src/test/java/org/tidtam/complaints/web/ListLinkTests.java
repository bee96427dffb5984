package org.tidtam.complaints.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.springframework.web.util.UriComponentsBuilder;
import org.tidtam.complaints.TrailFilter;

import static org.assertj.core.api.Assertions.assertThat;

/** The pager's links keep what was asked, leave out what was not, and survive what people type. */
class ListLinkTests {

	@Test
	void emptyFiltersAreLeftOutAndTypedTextComesBackAsTyped() {
		assertThat(ListLink.to("/admin/complaints").with("overdue", false).with("q", " ").with("from", null).build())
			.isEqualTo("/admin/complaints");
		String link = ListLink.to("/admin/complaints")
			.with("from", LocalDate.of(2026, 3, 1))
			.with("to", null)
			.with("q", "a+b&c=d ไฟดับ")
			.with("overdue", true)
			.build();
		assertThat(link).startsWith("/admin/complaints?from=2026-03-01&q=").endsWith("&overdue=true")
			.doesNotContain("to=");
		var query = UriComponentsBuilder.fromUriString(link).build(true).getQueryParams();
		assertThat(URLDecoder.decode(query.getFirst("q"), StandardCharsets.UTF_8)).isEqualTo("a+b&c=d ไฟดับ");
	}

	@Test
	void aTrailsLinkCarriesItsFiltersWithTheNumberAsStored() {
		assertThat(ListLink.of("/admin/integrity/trail", TrailFilter.none())).isEqualTo("/admin/integrity/trail");
		String link = ListLink.of("/admin/data-requests/trail",
				new TrailFilter(LocalDate.of(2026, 3, 1), null, " สมศรี ", "ร–๒๕๖๙–๐๐๐๐๐๗"));
		assertThat(link).startsWith("/admin/data-requests/trail?from=2026-03-01&who=").doesNotContain("to=");
		var query = UriComponentsBuilder.fromUriString(link).build(true).getQueryParams();
		assertThat(URLDecoder.decode(query.getFirst("who"), StandardCharsets.UTF_8)).isEqualTo("สมศรี");
		assertThat(URLDecoder.decode(query.getFirst("ticket"), StandardCharsets.UTF_8)).isEqualTo("ร-2569-000007");
	}

}
