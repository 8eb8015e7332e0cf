package org.accord.identity.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.accord.identity.AgencyType;

class AgencyForm {

	@NotBlank(message = "Enter a name for the agency")
	@Size(max = 200, message = "Name must be 200 characters or fewer")
	private String name;

	@NotNull(message = "Select the type of agency")
	private AgencyType type;

	private boolean requiresTwoFactor;

	private boolean enabled = true;

	private Integer version;

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name == null ? null : name.trim();
	}

	public AgencyType getType() {
		return type;
	}

	public void setType(AgencyType type) {
		this.type = type;
	}

	public boolean isRequiresTwoFactor() {
		return requiresTwoFactor;
	}

	public void setRequiresTwoFactor(boolean requiresTwoFactor) {
		this.requiresTwoFactor = requiresTwoFactor;
	}

	public boolean isEnabled() {
		return enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	AgencyAdministration.Details details() {
		return new AgencyAdministration.Details(name, type, requiresTwoFactor, enabled);
	}

	public Integer getVersion() {
		return version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

}
