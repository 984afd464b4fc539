package org.partnernetwork.vocational;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;

import org.partnernetwork.testsupport.FeatureArchitecture;
import org.partnernetwork.vocational.opening.CambodianDates;
import org.partnernetwork.vocational.opening.OpeningInputs;
import org.partnernetwork.vocational.opening.OpeningStatus;
import org.partnernetwork.vocational.opening.OpeningViews;
import org.partnernetwork.vocational.opening.Openings;
import org.partnernetwork.vocational.outbox.Outbox;
import org.partnernetwork.vocational.placement.PlacementInputs;
import org.partnernetwork.vocational.placement.PlacementStatus;
import org.partnernetwork.vocational.placement.PlacementViews;

/**
 * vocational-service by feature: {@code opening} shows {@code placement} what a seat
 * request needs ({@link Openings}) and keeps the rest to itself; {@code placement} shows
 * only its API; {@code outbox} only takes news ({@link Outbox}); {@code client} and
 * {@code config} are the adapters. Nothing below a controller knows HTTP. The rules every
 * service keeps are test-support's {@link FeatureArchitecture}.
 */
@AnalyzeClasses(packages = "org.partnernetwork.vocational", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	@ArchTest
	static final ArchTests shouldKeepTheRulesOfEveryService = ArchTests.in(FeatureArchitecture.class);

	/**
	 * What placements need of openings, and the openings API's vocabulary; widening it is
	 * a decision.
	 */
	@ArchTest
	static final ArchRule shouldShowOnlyItsPublicFaceFromOpenings = FeatureArchitecture.onlyPublicInTheirPackage(
			Openings.class, OpeningViews.class, OpeningInputs.class, OpeningStatus.class, CambodianDates.class);

	@ArchTest
	static final ArchRule shouldShowOnlyItsApiFromPlacements = FeatureArchitecture
		.onlyPublicInTheirPackage(PlacementInputs.class, PlacementViews.class, PlacementStatus.class);

	@ArchTest
	static final ArchRule shouldOnlyTakeNewsFromTheOutbox = FeatureArchitecture.onlyPublicInTheirPackage(Outbox.class);

}
