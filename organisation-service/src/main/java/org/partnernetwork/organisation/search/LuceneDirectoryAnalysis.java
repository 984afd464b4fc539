package org.partnernetwork.organisation.search;

import org.apache.lucene.analysis.charfilter.MappingCharFilterFactory;
import org.apache.lucene.analysis.core.KeywordTokenizerFactory;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.en.EnglishPossessiveFilterFactory;
import org.apache.lucene.analysis.en.PorterStemFilterFactory;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizerFactory;
import org.apache.lucene.analysis.ngram.NGramTokenizerFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.partnernetwork.organisation.directory.SearchFields;
import org.springframework.stereotype.Component;

/**
 * The analyzers of the directory's index on the embedded Lucene backend (the default).
 * ICU's tokenizer cuts Khmer, written without spaces, into words with ICU's Khmer
 * dictionary, and other scripts at their word boundaries (Unicode UAX #29); English is
 * stemmed (Porter). Khmer is also cut into character n-grams after folding the characters
 * the old database search took as equal ({@code search/khmer-folding.txt}), so that text
 * inside a word is found as it was. Configured by
 * {@code hibernate.search.backend.analysis.configurer}.
 */
@Component("luceneDirectoryAnalysis")
class LuceneDirectoryAnalysis implements LuceneAnalysisConfigurer {

	static final String KHMER_FOLDING = "search/khmer-folding.txt";

	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		context.analyzer(SearchFields.ENGLISH)
			.custom()
			.tokenizer(ICUTokenizerFactory.class)
			.tokenFilter(EnglishPossessiveFilterFactory.class)
			.tokenFilter(LowerCaseFilterFactory.class)
			.tokenFilter(PorterStemFilterFactory.class);
		context.analyzer(SearchFields.WORDS)
			.custom()
			.tokenizer(ICUTokenizerFactory.class)
			.tokenFilter(LowerCaseFilterFactory.class);
		context.analyzer(SearchFields.KHMER_GRAMS)
			.custom()
			.tokenizer(NGramTokenizerFactory.class)
			.param("minGramSize", "3")
			.param("maxGramSize", "3")
			.charFilter(MappingCharFilterFactory.class)
			.param("mapping", KHMER_FOLDING)
			.tokenFilter(LowerCaseFilterFactory.class);
		context.analyzer(SearchFields.KHMER_SHORT)
			.custom()
			.tokenizer(NGramTokenizerFactory.class)
			.param("minGramSize", "1")
			.param("maxGramSize", "2")
			.charFilter(MappingCharFilterFactory.class)
			.param("mapping", KHMER_FOLDING)
			.tokenFilter(LowerCaseFilterFactory.class);
		context.analyzer(SearchFields.KHMER_SHORT_QUERY)
			.custom()
			.tokenizer(KeywordTokenizerFactory.class)
			.charFilter(MappingCharFilterFactory.class)
			.param("mapping", KHMER_FOLDING)
			.tokenFilter(LowerCaseFilterFactory.class);
		context.normalizer(SearchFields.SORT).custom().tokenFilter(LowerCaseFilterFactory.class);
	}

}
