package com.scalemart.gateway;

import com.scalemart.platform.testkit.architecture.ServiceArchitectureRules;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The rules that keep the gateway easy to read, checked on every build. It has no
 * controllers and no {@code web} adapters, so those rules do not apply.
 */
@AnalyzeClasses(packages = "com.scalemart.gateway", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	@ArchTest
	static final ArchRule noFieldInjection = ServiceArchitectureRules.noFieldInjection();

	@ArchTest
	static final ArchRule featuresHaveNoCycles = ServiceArchitectureRules
		.featuresAreFreeOfCycles("com.scalemart.gateway");

	@ArchTest
	static final ArchRule nothingServletBased = noClasses().should()
		.dependOnClassesThat()
		.resideInAnyPackage("jakarta.servlet..", "org.springframework.web.servlet..")
		.because("the gateway is reactive: a servlet class would block its event loop or fail to load");

}
