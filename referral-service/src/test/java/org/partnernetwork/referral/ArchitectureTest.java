package org.partnernetwork.referral;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;

import org.partnernetwork.referral.client.organisation.ReceiverCheck;
import org.partnernetwork.referral.referral.ReferralInputs;
import org.partnernetwork.referral.referral.ReferralKind;
import org.partnernetwork.referral.referral.ReferralStatus;
import org.partnernetwork.referral.referral.ReferralViews;
import org.partnernetwork.referral.referral.OrganisationType;
import org.partnernetwork.referral.referral.RiskLevel;
import org.partnernetwork.referral.referral.Urgency;
import org.partnernetwork.testsupport.FeatureArchitecture;

/**
 * referral-service by feature: {@code referral} keeps its entities, repositories and
 * services to itself and shows only what its API reads and writes; {@code consent} is
 * what a referral is sent under; {@code client} and {@code config} are the adapters.
 * Nothing below a controller knows HTTP. The rules every service keeps are test-support's
 * {@link FeatureArchitecture}.
 */
@AnalyzeClasses(packages = "org.partnernetwork.referral", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	@ArchTest
	static final ArchTests shouldKeepTheRulesOfEveryService = ArchTests.in(FeatureArchitecture.class);

	/**
	 * The referral's public face is its API's vocabulary; widening it is a decision, made
	 * by naming the type.
	 */
	@ArchTest
	static final ArchRule shouldShowOnlyItsApiFromTheReferral = FeatureArchitecture.onlyPublicInTheirPackage(
			ReferralInputs.class, ReferralViews.class, ReferralStatus.class, ReferralKind.class, Urgency.class,
			RiskLevel.class, OrganisationType.class);

	@ArchTest
	static final ArchRule shouldShowOnlyTheCheckFromTheDirectoryClient = FeatureArchitecture
		.onlyPublicInTheirPackage(ReceiverCheck.class);

}
