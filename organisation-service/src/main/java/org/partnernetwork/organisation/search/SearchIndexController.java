package org.partnernetwork.organisation.search;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The directory's search index: its size and last rebuild for any signed-in user; the
 * network admin rebuilds it from the database after rows were written around the service
 * (a bulk import), answered with how long it took, how many entries it indexed and the
 * index's size.
 */
@RestController
class SearchIndexController {

	private final SearchIndex index;

	SearchIndexController(SearchIndex index) {
		this.index = index;
	}

	@GetMapping("/api/search-index")
	SearchIndex.Status status() {
		return index.status();
	}

	@PostMapping("/api/search-index")
	SearchIndex.Rebuilt rebuild() {
		return index.rebuild();
	}

}
