package org.partnernetwork.gateway;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.time.Duration;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import org.partnernetwork.portal.PortalConfiguration;
import org.partnernetwork.portal.security.PageSecurity;
import org.partnernetwork.portal.web.ErrorPages;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/**
 * The gateway routes, secures, limits and answers Problem Details; the pages are the
 * portal's. It wires the portal in at three places only, checks tokens with the services'
 * own checks (token-checks), and logs only where an error is answered.
 */
@AnalyzeClasses(packages = "org.partnernetwork.gateway", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	private static final String GATEWAY = "org.partnernetwork.gateway";

	@ArchTest
	static final ArchRule shouldHaveNoCyclesBetweenItsPackages = slices().matching(GATEWAY + ".(*)..")
		.should()
		.beFreeOfCycles();

	@ArchTest
	static final ArchRule shouldHaveNoPageCode = noClasses().that()
		.resideInAPackage(GATEWAY + "..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.thymeleaf..", "org.springframework.web.reactive.result.view..")
		.orShould()
		.beAnnotatedWith(Controller.class)
		.because("pages are the portal's; the gateway's own controllers answer JSON (@RestController)");

	@ArchTest
	static final ArchRule shouldUseOnlyThePortalsWiring = noClasses().that()
		.resideInAPackage(GATEWAY + "..")
		.should()
		.dependOnClassesThat(resideInAPackage("org.partnernetwork.portal..")
			.and(not(belongToAnyOf(PortalConfiguration.class, PageSecurity.class, ErrorPages.class))))
		.because("the gateway imports the portal, protects its pages and draws its error page; "
				+ "the rest is the portal's");

	@ArchTest
	static final ArchRule shouldWireThePortalInThreePlacesOnly = noClasses().that()
		.resideInAPackage(GATEWAY + "..")
		.and()
		.doNotHaveFullyQualifiedName(GatewayApplication.class.getName())
		.and()
		.doNotHaveFullyQualifiedName(GATEWAY + ".security.GatewaySecurityConfiguration")
		.and()
		.doNotHaveFullyQualifiedName(GATEWAY + ".problem.GatewayProblems")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("org.partnernetwork.portal..")
		.because("the application imports the portal, the page chain applies its security, the problems draw its page");

	@ArchTest
	static final ArchRule shouldCheckTokensAsTheServicesDo = noClasses().that()
		.resideInAPackage(GATEWAY + "..")
		.should()
		.implement(OAuth2TokenValidator.class)
		.orShould()
		.callConstructor(JwtTimestampValidator.class)
		.orShould()
		.callConstructor(JwtTimestampValidator.class, Duration.class)
		.because("a token check of the gateway's own would drift from the services'; token-checks holds them all");

	@ArchTest
	static final ArchRule shouldKeepControllersAndConfigurationPackagePrivate = classes().that()
		.areAnnotatedWith(RestController.class)
		.or()
		.areAnnotatedWith(Configuration.class)
		.should()
		.notBePublic();

	@ArchTest
	static final ArchRule shouldLogOnlyWhereAnErrorIsAnswered = noClasses().that()
		.resideInAPackage(GATEWAY + "..")
		.and()
		.resideOutsideOfPackage(GATEWAY + ".problem..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.slf4j..", "org.apache.commons.logging..", "java.util.logging..")
		.because("requests carry bearer tokens and children's data: only the error handlers log, an incident id");

}
