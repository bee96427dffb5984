package org.tidtam.complaints.privacy;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.bson.Document;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Audits who looked at citizens' personal data in the admin (PDPA): every page or file under
 * {@code /admin/complaints} that was served is recorded with the user, the time and the address.
 * Kept a year.
 */
@Component
class PersonalDataAccess implements PrivacyAudit {

	static final String COLLECTION = "personal_data_access";

	private final MongoTemplate mongo;

	private final Clock clock;

	PersonalDataAccess(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
		mongo.indexOps(COLLECTION)
			.createIndex(new Index().on("at", Sort.Direction.ASC).expire(Duration.ofDays(366)).named("kept_a_year"));
	}

	/**
	 * Registers the audit for the complaint pages. Not itself an interceptor bean: MVC test slices pick
	 * those up, and this one needs the store.
	 */
	@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
	static class Registration implements WebMvcConfigurer {

		private final org.springframework.beans.factory.ObjectProvider<PersonalDataAccess> access;

		Registration(org.springframework.beans.factory.ObjectProvider<PersonalDataAccess> access) {
			this.access = access;
		}

		@Override
		public void addInterceptors(InterceptorRegistry registry) {
			registry.addInterceptor(new HandlerInterceptor() {
				@Override
				public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
						Exception ex) {
					PersonalDataAccess log = Registration.this.access.getIfAvailable();
					if (log != null) {
						log.record(request, response);
					}
				}
			}).addPathPatterns("/admin/complaints", "/admin/complaints/**");
		}

	}

	void record(HttpServletRequest request, HttpServletResponse response) {
		if (!"GET".equals(request.getMethod()) || response.getStatus() != 200 || request.getUserPrincipal() == null) {
			return;
		}
		String path = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
		this.mongo.getCollection(COLLECTION)
			.insertOne(new Document("at", java.util.Date.from(this.clock.instant())).append("user", request.getUserPrincipal().getName())
				.append("path", path.length() > 300 ? path.substring(0, 300) : path));
	}

	@Override
	public List<PrivacyAudit.Access> recent(int limit) {
		return this.mongo.getCollection(COLLECTION)
			.find()
			.sort(new Document("at", -1))
			.limit(limit)
			.map(d -> new PrivacyAudit.Access(d.getDate("at").toInstant(), d.getString("user"), d.getString("path")))
			.into(new java.util.ArrayList<>());
	}

}
