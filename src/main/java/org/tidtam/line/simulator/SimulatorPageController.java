package org.tidtam.line.simulator;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The LINE simulator page (only when no LINE channel is configured). */
@Controller
@ConditionalOnLineSimulator
class SimulatorPageController {

	@GetMapping({ "/simulator", "/simulator/" })
	String page() {
		return "simulator/index";
	}

}
