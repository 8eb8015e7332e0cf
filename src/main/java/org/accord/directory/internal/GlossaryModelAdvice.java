package org.accord.directory.internal;

import org.accord.directory.Glossary;
import org.accord.platform.security.CurrentUser;
import org.accord.platform.web.PageData;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page the glossary, so the page script can explain terms wherever they appear. */
@ControllerAdvice
class GlossaryModelAdvice {

	private final Glossary glossary;

	private final PageData pageData;

	GlossaryModelAdvice(Glossary glossary, PageData pageData) {
		this.glossary = glossary;
		this.pageData = pageData;
	}

	/** JSON for the page's data block, or null when nobody is signed in. */
	@ModelAttribute("glossaryJson")
	String glossaryJson() {
		return CurrentUser.get().isPresent() ? pageData.write(glossary.all()) : null;
	}

}
