package com.scalemart.platform.testkit.architecture;

import com.tngtech.archunit.lang.ArchRule;

import org.springframework.beans.factory.annotation.Autowired;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The rules that keep a service easy to read: features are packages, each with its domain
 * beside a {@code web} adapter that nothing else depends on. A service's
 * {@code ArchitectureTests} applies them to its root package:
 *
 * <pre class="code">
 * &#64;ArchTest
 * static final ArchRule webAtTheEdge = ServiceArchitectureRules.webAdaptersStayAtTheEdge("com.scalemart.user");
 * </pre>
 */
public final class ServiceArchitectureRules {

	private ServiceArchitectureRules() {
	}

	/** The domain never depends on how it is served over HTTP. */
	public static ArchRule webAdaptersStayAtTheEdge(String rootPackage) {
		return noClasses().that()
			.resideOutsideOfPackage("..web..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage(rootPackage + "..web..")
			.because("the domain must not know how it is served over HTTP");
	}

	/** Controllers live in {@code web} packages and are not part of any API. */
	public static ArchRule controllersArePackagePrivateInWebPackages() {
		return classes().that()
			.areAnnotatedWith("org.springframework.web.bind.annotation.RestController")
			.should()
			.resideInAPackage("..web..")
			.andShould()
			.notBePublic();
	}

	/** Dependencies arrive through constructors, visible and final. */
	public static ArchRule noFieldInjection() {
		return noFields().should()
			.beAnnotatedWith(Autowired.class)
			.because("constructor injection makes dependencies visible and fields final");
	}

	/** Features may use each other one way only. */
	public static ArchRule featuresAreFreeOfCycles(String rootPackage) {
		return slices().matching(rootPackage + ".(*)..").should().beFreeOfCycles();
	}

}
