package org.tidtam;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module rules hold: no cycles, modules use each other only through their API, and business
 * modules never reach into the LINE adapter or the web shell. Also writes the module docs
 * (target/spring-modulith-docs).
 */
class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(TidtamApplication.class);

	@Test
	void modulesAreWellFormed() {
		MODULES.verify();
	}

	@Test
	void businessModulesDoNotKnowLineOrWeb() {
		JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("org.tidtam");
		ArchRuleDefinition.noClasses()
			.that()
			.resideInAPackage("org.tidtam.*..")
			.and()
			.resideOutsideOfPackages("org.tidtam.line..", "org.tidtam.web..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("com.linecorp..", "org.tidtam.line..", "org.tidtam.web..")
			.check(classes);
	}

	@Test
	void writeDocumentation() {
		new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}

}
