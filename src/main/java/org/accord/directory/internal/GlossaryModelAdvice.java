package org.accord.directory.internal;

import java.util.List;

import org.accord.directory.Glossary;
import org.accord.directory.GlossaryTerm;
import org.accord.platform.security.CurrentUser;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page the glossary, so the page script can explain terms wherever they appear. */
@ControllerAdvice
class GlossaryModelAdvice {

	private final Glossary glossary;

	GlossaryModelAdvice(Glossary glossary) {
		this.glossary = glossary;
	}

	@ModelAttribute("glossaryTerms")
	List<GlossaryTerm> glossaryTerms() {
		return CurrentUser.get().isPresent() ? glossary.all() : List.of();
	}

}
