package com.scalemart.catalog;

import com.scalemart.platform.testkit.architecture.ServiceArchitectureRules;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The rules that keep the service easy to read, checked on every build. */
@AnalyzeClasses(packages = "com.scalemart.catalog", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	@ArchTest
	static final ArchRule webAdaptersStayAtTheEdge = ServiceArchitectureRules
		.webAdaptersStayAtTheEdge("com.scalemart.catalog");

	@ArchTest
	static final ArchRule controllers = ServiceArchitectureRules.controllersArePackagePrivateInWebPackages();

	@ArchTest
	static final ArchRule noFieldInjection = ServiceArchitectureRules.noFieldInjection();

	@ArchTest
	static final ArchRule featuresHaveNoCycles = ServiceArchitectureRules
		.featuresAreFreeOfCycles("com.scalemart.catalog");

	@ArchTest
	static final ArchRule productWritesGoThroughProductManagement = noClasses().that()
		.resideOutsideOfPackages("com.scalemart.catalog.product", "com.scalemart.catalog.config")
		.should()
		.dependOnClassesThat()
		.haveSimpleName("ProductRepository");

}
