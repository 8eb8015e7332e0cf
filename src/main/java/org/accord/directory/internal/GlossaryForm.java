package org.accord.directory.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public class GlossaryForm {

	@NotBlank(message = "Enter the term")
	@Size(max = 40, message = "Term must be 40 characters or fewer")
	@Pattern(regexp = "[\\p{L}\\p{N} .\\-/]*",
			message = "Term can only contain letters, numbers, spaces, dots, dashes and slashes")
	private String term;

	@Size(max = 200, message = "What it stands for must be 200 characters or fewer")
	private String expansion;

	@NotBlank(message = "Enter what the term means")
	@Size(max = 2000, message = "Meaning must be 2000 characters or fewer")
	private String definition;

	private Integer version;

	private static String trim(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

	public String getTerm() { return term; }
	public void setTerm(String v) { term = trim(v); }
	public String getExpansion() { return expansion; }
	public void setExpansion(String v) { expansion = trim(v); }
	public String getDefinition() { return definition; }
	public void setDefinition(String v) { definition = trim(v); }
	public Integer getVersion() { return version; }
	public void setVersion(Integer v) { version = v; }

}
