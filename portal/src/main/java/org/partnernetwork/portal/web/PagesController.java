package org.partnernetwork.portal.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page, with what a person can do, and the page shown after signing out. */
@Controller
class PagesController {

	@GetMapping("/")
	String home() {
		return "portal/home";
	}

	@GetMapping("/signed-out")
	String signedOut() {
		return "portal/signed-out";
	}

}
