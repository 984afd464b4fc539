package org.partnernetwork.organisation;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.Dependency.Predicates.dependencyTarget;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.conditions.ArchConditions.onlyHaveDependenciesWhere;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.Optional;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import org.partnernetwork.organisation.directory.Codes;
import org.partnernetwork.organisation.directory.DirectoryCommands;
import org.partnernetwork.organisation.directory.DirectoryInputs;
import org.partnernetwork.organisation.directory.DirectoryQueries;
import org.partnernetwork.organisation.directory.DirectoryViews;
import org.partnernetwork.organisation.directory.KhmerTrigrams;
import org.partnernetwork.organisation.directory.KhmerTrigramsBackfill;
import org.partnernetwork.organisation.directory.Published;
import org.partnernetwork.organisation.directory.PublishedDirectory;
import org.springframework.web.bind.annotation.RestController;

/**
 * organisation-service by feature: {@code directory} keeps the entities and repositories to itself and
 * shows the other features ({@code search}, {@code hsds}, {@code onboarding}) and the adapters
 * ({@code client}, {@code config}) a small public face; nothing below a controller knows HTTP.
 */
@AnalyzeClasses(packages = "org.partnernetwork.organisation", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	private static final String SERVICE = "org.partnernetwork.organisation.";

	private static final String[] WEB = { "org.springframework.http..", "org.springframework.web..",
			"jakarta.servlet.." };

	/** Every class of the features but their controllers; {@code client} and {@code config} are adapters. */
	private static final DescribedPredicate<JavaClass> DOMAIN = resideInAPackage(SERVICE + "*..")
		.and(not(resideInAnyPackage(SERVICE + "client..", SERVICE + "config..")))
		.and(not(annotatedWith(RestController.class)))
		.as("domain classes (every class of a feature but its controllers)");

	@ArchTest
	static final ArchRule shouldKeepEntitiesAndRepositoriesPackagePrivate = classes()
		.that().haveSimpleNameEndingWith("Entity").or().haveSimpleNameEndingWith("Repository")
		.should().notBePublic()
		.because("another feature reads the directory through its public face, never its tables");

	@ArchTest
	static final ArchRule shouldKeepEntitiesFreeOfWebTypes = noClasses()
		.that().haveSimpleNameEndingWith("Entity")
		.should().dependOnClassesThat().resideInAnyPackage(WEB);

	@ArchTest
	static final ArchRule shouldKeepTheDomainFreeOfWebTypes = classes().that(DOMAIN)
		.should(onlyHaveDependenciesWhere(not(dependencyTarget(resideInAnyPackage(WEB)))))
		.because("HTTP is the controllers' business: the domain throws service-support's domain exceptions and "
				+ "the Problem Details handler gives them their status");

	/** A feature's top-level package: {@code directory}, {@code search}, {@code hsds}, {@code client}… */
	@ArchTest
	static final ArchRule shouldReachAnotherFeatureOnlyThroughItsPublicTypes = classes()
		.that().resideInAPackage("org.partnernetwork.organisation..")
		.should(onlyHaveDependenciesWhere(DescribedPredicate.describe(
				"stay within their feature or reach another feature's public types",
				ArchitectureTest::staysWithinItsFeatureOrReachesAPublicType)));

	/** The directory's public face; widening it is a decision, made by naming the type here. */
	@ArchTest
	static final ArchRule shouldShowOnlyItsPublicFaceFromTheDirectory = classes()
		.that().resideInAPackage(SERVICE + "directory")
		.and(not(belongToAnyOf(DirectoryQueries.class, DirectoryCommands.class, DirectoryViews.class,
				DirectoryInputs.class, PublishedDirectory.class, Published.class, Codes.class, KhmerTrigrams.class,
				KhmerTrigramsBackfill.class)))
		.should().notBePublic();

	@ArchTest
	static final ArchRule shouldHaveNoCyclesBetweenFeatures = slices().matching(SERVICE + "(*)..")
		.should().beFreeOfCycles();

	private static boolean staysWithinItsFeatureOrReachesAPublicType(Dependency dependency) {
		JavaClass target = dependency.getTargetClass().getBaseComponentType();
		Optional<String> to = feature(target);
		return to.isEmpty() || to.equals(feature(dependency.getOriginClass())) || isPublic(target);
	}

	/** {@code directory} for {@code org.partnernetwork.organisation.directory.DirectoryQueries}. */
	private static Optional<String> feature(JavaClass javaClass) {
		String name = javaClass.getPackageName();
		return name.startsWith(SERVICE) ? Optional.of(name.substring(SERVICE.length()).split("\\.")[0])
				: Optional.empty();
	}

	private static boolean isPublic(JavaClass javaClass) {
		return javaClass.getModifiers().contains(JavaModifier.PUBLIC)
				&& javaClass.getEnclosingClass().map(ArchitectureTest::isPublic).orElse(true);
	}
}
