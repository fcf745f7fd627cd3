package com.scalemart.user;

import com.scalemart.platform.testkit.architecture.ServiceArchitectureRules;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The rules that keep the service easy to read, checked on every build. */
@AnalyzeClasses(packages = "com.scalemart.user", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	@ArchTest
	static final ArchRule webAdaptersStayAtTheEdge = ServiceArchitectureRules
		.webAdaptersStayAtTheEdge("com.scalemart.user");

	@ArchTest
	static final ArchRule controllers = ServiceArchitectureRules.controllersArePackagePrivateInWebPackages();

	@ArchTest
	static final ArchRule noFieldInjection = ServiceArchitectureRules.noFieldInjection();

	@ArchTest
	static final ArchRule featuresHaveNoCycles = ServiceArchitectureRules.featuresAreFreeOfCycles("com.scalemart.user");

	@ArchTest
	static final ArchRule onlyAccountsAndLoginReadTheUsersTable = noClasses().that()
		.resideOutsideOfPackages("com.scalemart.user.account..", "com.scalemart.user.auth..")
		.should()
		.dependOnClassesThat()
		.haveSimpleName("UserRepository");

}
