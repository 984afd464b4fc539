package org.partnernetwork.organisation.search;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The network admin rebuilds the directory's index from the database, after rows were
 * written around the service (a bulk import, the benchmark's load). Answers how long it
 * took, how many entries it indexed and the index's size.
 */
@RestController
class SearchIndexController {

	private final SearchIndex index;

	SearchIndexController(SearchIndex index) {
		this.index = index;
	}

	@PostMapping("/api/search-index")
	SearchIndex.Rebuilt rebuild() {
		return index.rebuild();
	}

}
