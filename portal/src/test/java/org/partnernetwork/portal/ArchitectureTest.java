package org.partnernetwork.portal;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import org.partnernetwork.portal.web.ServiceCall;
import org.springframework.security.oauth2.client.web.reactive.function.client.ServerOAuth2AuthorizedClientExchangeFilterFunction;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * The portal by feature: {@code directory}, {@code referral}, {@code training} and
 * {@code organisationadmin} each keep their pages, forms, clients and records to
 * themselves and share only {@code web} (the pages' common vocabulary and the one way to
 * call a service) and {@code security}. Every call to a service goes through
 * {@link ServiceCall}, which carries the person's token, keeps the time limit and logs
 * only the kind of failure.
 */
@AnalyzeClasses(packages = "org.partnernetwork.portal", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	private static final String PORTAL = "org.partnernetwork.portal";

	private static final String[] FEATURES = { PORTAL + ".directory..", PORTAL + ".referral..", PORTAL + ".training..",
			PORTAL + ".organisationadmin.." };

	@ArchTest
	static final ArchRule shouldHaveNoCyclesBetweenItsPackages = slices().matching(PORTAL + ".(*)..")
		.should()
		.beFreeOfCycles();

	@ArchTest
	static final ArchRule shouldShareOnlyWebAndSecurityBetweenFeatures = layeredArchitecture()
		.consideringOnlyDependenciesInLayers()
		.layer("Directory")
		.definedBy(PORTAL + ".directory..")
		.layer("Referrals")
		.definedBy(PORTAL + ".referral..")
		.layer("Training")
		.definedBy(PORTAL + ".training..")
		.layer("Organisation admin")
		.definedBy(PORTAL + ".organisationadmin..")
		.layer("Web")
		.definedBy(PORTAL + ".web..")
		.layer("Security")
		.definedBy(PORTAL + ".security..")
		.layer("Settings")
		.definedBy(PORTAL)
		.whereLayer("Directory")
		.mayNotBeAccessedByAnyLayer()
		.whereLayer("Referrals")
		.mayNotBeAccessedByAnyLayer()
		.whereLayer("Training")
		.mayNotBeAccessedByAnyLayer()
		.whereLayer("Organisation admin")
		.mayNotBeAccessedByAnyLayer()
		.whereLayer("Security")
		.mayNotBeAccessedByAnyLayer()
		.whereLayer("Web")
		.mayOnlyBeAccessedByLayers("Directory", "Referrals", "Training", "Organisation admin")
		.whereLayer("Settings")
		.mayOnlyBeAccessedByLayers("Directory", "Referrals", "Training", "Organisation admin")
		.because("a feature that reached into another's internals would change with it; what they share is web's");

	@ArchTest
	static final ArchRule shouldCallServicesOnlyThroughServiceCall = noClasses().that()
		.resideOutsideOfPackage(PORTAL + ".web..")
		.should()
		.callMethodWhere(target(owner(assignableTo(WebClient.RequestHeadersSpec.class)))
			.and(target(nameMatching("retrieve|exchangeToMono|exchangeToFlux"))))
		.orShould()
		.callMethod(WebClient.Builder.class, "build")
		.orShould()
		.dependOnClassesThat()
		.areAssignableTo(ServerOAuth2AuthorizedClientExchangeFilterFunction.class)
		.because("ServiceCall carries the person's token, keeps the time limit and turns every answer into an outcome");

	@ArchTest
	static final ArchRule shouldLogNothingButTheKindOfAFailedCall = noClasses().that()
		.resideInAPackage(PORTAL + "..")
		.and()
		.doNotHaveFullyQualifiedName(ServiceCall.class.getName())
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.slf4j..", "org.apache.commons.logging..", "java.util.logging..")
		.because("nothing a page shows or sends about a child is logged");

	@ArchTest
	static final ArchRule shouldKeepTheFeaturesBeansPackagePrivate = classes().that()
		.resideInAnyPackage(FEATURES)
		.and(annotatedWith(Controller.class).or(annotatedWith(Component.class)))
		.should()
		.notBePublic()
		.because("a feature's pages and clients are its own; another feature never injects them");

}
