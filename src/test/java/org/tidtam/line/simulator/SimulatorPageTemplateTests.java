package org.tidtam.line.simulator;

import org.junit.jupiter.api.Test;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.web.IWebExchange;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The simulator page is a self-contained Thymeleaf template (no layout): it must render on its own,
 * in Thai, with its assets resolved under the servlet context path, whatever controller returns it.
 */
class SimulatorPageTemplateTests {

	@Test
	void rendersStandaloneWithAssetsUnderTheContextPath() {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/");
		resolver.setSuffix(".html");
		resolver.setTemplateMode(TemplateMode.HTML);
		resolver.setCharacterEncoding("UTF-8");
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(resolver);

		MockServletContext servletContext = new MockServletContext();
		servletContext.setContextPath("/tidtam");
		MockHttpServletRequest request = new MockHttpServletRequest(servletContext, "GET", "/tidtam/simulator");
		request.setContextPath("/tidtam");
		IWebExchange exchange = JakartaServletWebApplication.buildApplication(servletContext)
			.buildExchange(request, new MockHttpServletResponse());

		String html = engine.process("simulator/index", new WebContext(exchange));

		assertThat(html).contains("<html lang=\"th\">")
			.contains("href=\"/tidtam/simulator/simulator.css\"")
			.contains("src=\"/tidtam/simulator/line-render.js\"")
			.contains("src=\"/tidtam/simulator/simulator.js\"")
			.contains("data-api=\"/tidtam/simulator/api\"")
			.contains("ส่ง <small class=\"en\"")
			.contains("จำลองปัญหา LINE")
			.doesNotContainPattern("\\sth:[a-z]+=");
	}

}
