package com.scalemart.user;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The rules that keep the service easy to read, checked on every build. */
@AnalyzeClasses(packages = "com.scalemart.user", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	@ArchTest
	static final ArchRule webAdaptersStayAtTheEdge = noClasses().that()
		.resideOutsideOfPackage("..web..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("com.scalemart.user..web..")
		.because("the domain must not know how it is served over HTTP");

	@ArchTest
	static final ArchRule controllersLiveInWebPackagesAndArePackagePrivate = classes().that()
		.areAnnotatedWith(RestController.class)
		.should()
		.resideInAPackage("..web..")
		.andShould()
		.notBePublic();

	@ArchTest
	static final ArchRule noFieldInjection = noFields().should()
		.beAnnotatedWith(Autowired.class)
		.because("constructor injection makes dependencies visible and fields final");

	@ArchTest
	static final ArchRule featuresHaveNoCycles = slices().matching("com.scalemart.user.(*)..")
		.should()
		.beFreeOfCycles();

	@ArchTest
	static final ArchRule onlyTheAccountFeatureTouchesTheUsersTable = noClasses().that()
		.resideOutsideOfPackages("com.scalemart.user.account..", "com.scalemart.user.auth..")
		.should()
		.dependOnClassesThat()
		.haveSimpleName("UserRepository");

}
