package org.partnernetwork.testsupport;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.Dependency.Predicates.dependencyTarget;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.conditions.ArchConditions.be;
import static com.tngtech.archunit.lang.conditions.ArchConditions.onlyHaveDependenciesWhere;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The rules every service's code keeps by feature (STYLE.md). A service lives in
 * {@code org.partnernetwork.<service>}; its features are the packages right below
 * ({@code referral}, {@code placement}, {@code client}…). A feature keeps its entities
 * and repositories to itself and shows the others a small public face; nothing below a
 * controller knows HTTP ({@code client} and {@code config} are adapters: they may);
 * features depend on each other without cycles. A service's {@code ArchitectureTest}
 * takes these rules with {@code ArchTests.in(FeatureArchitecture.class)} and names its
 * features' faces with {@link #onlyPublicInTheirPackage}.
 */
public final class FeatureArchitecture {

	private static final String[] WEB = { "org.springframework.http..", "org.springframework.web..",
			"jakarta.servlet.." };

	private static final String SERVICES = "org.partnernetwork.";

	/**
	 * Every class of the features but their controllers; the adapters ({@code client},
	 * {@code config}) aside.
	 */
	private static final DescribedPredicate<JavaClass> DOMAIN = resideInAPackage("org.partnernetwork.*.*..")
		.and(not(resideInAnyPackage("org.partnernetwork.*.client..", "org.partnernetwork.*.config..")))
		.and(not(annotatedWith("org.springframework.web.bind.annotation.RestController")))
		.as("domain classes (every class of a feature but its controllers)");

	@ArchTest
	static final ArchRule shouldKeepEntitiesAndRepositoriesPackagePrivate = classes().that()
		.haveSimpleNameEndingWith("Entity")
		.or()
		.haveSimpleNameEndingWith("Repository")
		.should()
		.notBePublic()
		.because("another feature reads a feature through its public face, never its tables");

	@ArchTest
	static final ArchRule shouldKeepEntitiesFreeOfWebTypes = noClasses().that()
		.haveSimpleNameEndingWith("Entity")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage(WEB);

	@ArchTest
	static final ArchRule shouldKeepTheDomainFreeOfWebTypes = classes().that(DOMAIN)
		.should(onlyHaveDependenciesWhere(not(dependencyTarget(resideInAnyPackage(WEB)))))
		.because("HTTP is the controllers' business: the domain throws service-support's domain exceptions and "
				+ "the Problem Details handler gives them their status");

	@ArchTest
	static final ArchRule shouldReachAnotherFeatureOnlyThroughItsPublicTypes = classes().that()
		.resideInAPackage("org.partnernetwork..")
		.should(onlyHaveDependenciesWhere(
				DescribedPredicate.describe("stay within their feature or reach another feature's public types",
						FeatureArchitecture::staysWithinItsFeatureOrReachesAPublicType)));

	@ArchTest
	static final ArchRule shouldHaveNoCyclesBetweenFeatures = slices().matching("org.partnernetwork.*.(*)..")
		.should()
		.beFreeOfCycles();

	/**
	 * A service runs as several instances on one database: a job that ran on each of them
	 * would handle a due item once per instance (service-support's scheduling locks).
	 */
	@ArchTest
	static final ArchRule shouldRunEachScheduledJobOnOneInstanceAtATime = methods().that()
		.areAnnotatedWith("org.springframework.scheduling.annotation.Scheduled")
		.should()
		.beAnnotatedWith("net.javacrumbs.shedlock.spring.annotation.SchedulerLock")
		.allowEmptyShould(true)
		.because("every instance of a service runs its scheduled jobs, and each due item must be handled once");

	private FeatureArchitecture() {
	}

	/**
	 * A feature's public face: in the package of these types, only they are public.
	 * Widening it is a decision, made by naming the type.
	 */
	public static ArchRule onlyPublicInTheirPackage(Class<?>... face) {
		String feature = face[0].getPackageName();
		return classes().that()
			.resideInAPackage(feature)
			.and(not(belongToAnyOf(face)))
			.should(be(DescribedPredicate.describe("visible within their package only",
					(JavaClass javaClass) -> !isPublic(javaClass))))
			.because("the rest of " + feature.substring(feature.lastIndexOf('.') + 1) + " is its own business");
	}

	private static boolean staysWithinItsFeatureOrReachesAPublicType(Dependency dependency) {
		JavaClass target = dependency.getTargetClass().getBaseComponentType();
		String to = feature(target);
		String from = feature(dependency.getOriginClass());
		return to == null || !service(target).equals(service(dependency.getOriginClass())) || to.equals(from)
				|| isPublic(target);
	}

	/**
	 * {@code organisation} for
	 * {@code org.partnernetwork.organisation.directory.DirectoryQueries}.
	 */
	private static String service(JavaClass javaClass) {
		return segment(javaClass, 0);
	}

	/**
	 * {@code directory} for
	 * {@code org.partnernetwork.organisation.directory.DirectoryQueries}.
	 */
	private static String feature(JavaClass javaClass) {
		return segment(javaClass, 1);
	}

	private static String segment(JavaClass javaClass, int index) {
		String name = javaClass.getPackageName();
		if (!name.startsWith(SERVICES)) {
			return null;
		}
		String[] segments = name.substring(SERVICES.length()).split("\\.");
		return segments.length > index ? segments[index] : null;
	}

	/**
	 * Public, and not inside a type that is not (a record in a package-private interface
	 * is not).
	 */
	private static boolean isPublic(JavaClass javaClass) {
		return javaClass.getModifiers().contains(JavaModifier.PUBLIC)
				&& javaClass.getEnclosingClass().map(FeatureArchitecture::isPublic).orElse(true);
	}

}
