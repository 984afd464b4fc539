package org.partnernetwork.organisation;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;

import org.partnernetwork.organisation.directory.Codes;
import org.partnernetwork.organisation.directory.DirectoryCommands;
import org.partnernetwork.organisation.directory.DirectoryInputs;
import org.partnernetwork.organisation.directory.DirectoryQueries;
import org.partnernetwork.organisation.directory.DirectoryViews;
import org.partnernetwork.organisation.directory.KhmerTrigramsBackfill;
import org.partnernetwork.organisation.directory.Published;
import org.partnernetwork.organisation.directory.PublishedDirectory;
import org.partnernetwork.organisation.directory.SearchFields;
import org.partnernetwork.testsupport.FeatureArchitecture;

/**
 * organisation-service by feature: {@code directory} keeps the entities and repositories
 * to itself and shows the other features ({@code search}, {@code hsds},
 * {@code onboarding}) and the adapters ({@code client}, {@code config}) a small public
 * face; nothing below a controller knows HTTP. The rules every service keeps are
 * test-support's {@link FeatureArchitecture}.
 */
@AnalyzeClasses(packages = "org.partnernetwork.organisation", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	@ArchTest
	static final ArchTests shouldKeepTheRulesOfEveryService = ArchTests.in(FeatureArchitecture.class);

	/**
	 * The directory's public face; widening it is a decision, made by naming the type
	 * here.
	 */
	@ArchTest
	static final ArchRule shouldShowOnlyItsPublicFaceFromTheDirectory = FeatureArchitecture.onlyPublicInTheirPackage(
			DirectoryQueries.class, DirectoryCommands.class, DirectoryViews.class, DirectoryInputs.class,
			PublishedDirectory.class, Published.class, Codes.class, SearchFields.class, KhmerTrigramsBackfill.class);

}
