package org.partnernetwork.organisation.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;
import org.partnernetwork.organisation.directory.SearchFields;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The same analyzers as {@link LuceneDirectoryAnalysis}, for the Elasticsearch/OpenSearch
 * backend (chosen by configuration). The cluster needs the ICU analysis plugin
 * ({@code analysis-icu}) for {@code icu_tokenizer}.
 */
@Component("elasticsearchDirectoryAnalysis")
class ElasticsearchDirectoryAnalysis implements ElasticsearchAnalysisConfigurer {

	private static final Pattern MAPPING = Pattern
		.compile("\"((?:\\\\u[0-9A-Fa-f]{4})*)\" => \"((?:\\\\u[0-9A-Fa-f]{4})*)\"");

	@Override
	public void configure(ElasticsearchAnalysisConfigurationContext context) {
		context.charFilter("khmer_folding").type("mapping").param("mappings", khmerFolding());
		context.tokenizer("grams3").type("ngram").param("min_gram", 3).param("max_gram", 3);
		context.tokenizer("grams12").type("ngram").param("min_gram", 1).param("max_gram", 2);
		context.analyzer(SearchFields.ENGLISH)
			.custom()
			.tokenizer("icu_tokenizer")
			.tokenFilters("english_possessive_stemmer", "lowercase", "porter_stem");
		context.tokenFilter("english_possessive_stemmer").type("stemmer").param("language", "possessive_english");
		context.analyzer(SearchFields.WORDS).custom().tokenizer("icu_tokenizer").tokenFilters("lowercase");
		context.analyzer(SearchFields.KHMER_GRAMS)
			.custom()
			.tokenizer("grams3")
			.charFilters("khmer_folding")
			.tokenFilters("lowercase");
		context.analyzer(SearchFields.KHMER_SHORT)
			.custom()
			.tokenizer("grams12")
			.charFilters("khmer_folding")
			.tokenFilters("lowercase");
		context.analyzer(SearchFields.KHMER_SHORT_QUERY)
			.custom()
			.tokenizer("keyword")
			.charFilters("khmer_folding")
			.tokenFilters("lowercase");
		context.normalizer(SearchFields.SORT).custom().tokenFilters("lowercase");
	}

	/** The Lucene backend's mapping file, as Elasticsearch's "a => b" mappings. */
	static String[] khmerFolding() {
		try {
			String text = new ClassPathResource(LuceneDirectoryAnalysis.KHMER_FOLDING)
				.getContentAsString(StandardCharsets.UTF_8);
			return text.lines()
				.map(MAPPING::matcher)
				.filter(Matcher::matches)
				.map(mapping -> unescape(mapping.group(1)) + " => " + unescape(mapping.group(2)))
				.toArray(String[]::new);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String unescape(String escaped) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i + 6 <= escaped.length(); i += 6) {
			text.append((char) Integer.parseInt(escaped.substring(i + 2, i + 6), 16));
		}
		return text.toString();
	}

}
