package org.accord.identity.internal;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.accord.platform.security.Role;

/** Creating or editing a user; the password is asked for only when creating. */
class UserForm {

	interface Create {
	}

	@NotBlank(message = "Enter a user name", groups = Create.class)
	@Pattern(regexp = "[a-z0-9._-]{3,60}",
			message = "User name must be 3 to 60 lower-case letters, digits, dots, dashes or underscores", groups = Create.class)
	private String username;

	@NotBlank(message = "Enter the full name")
	@Size(max = 200, message = "Full name must be 200 characters or fewer")
	private String displayName;

	@Email(message = "Enter an email address in the correct format, like name@example.org")
	@Size(max = 254, message = "Email address must be 254 characters or fewer")
	private String email;

	@Size(max = 200, message = "Job title must be 200 characters or fewer")
	private String jobTitle;

	@NotNull(message = "Select an agency")
	private UUID agencyId;

	@NotEmpty(message = "Select at least one role")
	private Set<Role> roles = EnumSet.noneOf(Role.class);

	@NotBlank(message = "Enter a first password", groups = Create.class)
	@Size(min = 12, max = 200, message = "Password must be at least 12 characters", groups = Create.class)
	private String password;

	private Integer version;

	public String getUsername() {
		return username;
	}

	public void setUsername(String username) {
		this.username = username == null ? null : username.trim();
	}

	public String getDisplayName() {
		return displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName == null ? null : displayName.trim();
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email == null || email.isBlank() ? null : email.trim();
	}

	public String getJobTitle() {
		return jobTitle;
	}

	public void setJobTitle(String jobTitle) {
		this.jobTitle = jobTitle == null || jobTitle.isBlank() ? null : jobTitle.trim();
	}

	public UUID getAgencyId() {
		return agencyId;
	}

	public void setAgencyId(UUID agencyId) {
		this.agencyId = agencyId;
	}

	public Set<Role> getRoles() {
		return roles;
	}

	public void setRoles(Set<Role> roles) {
		this.roles = roles == null ? EnumSet.noneOf(Role.class) : roles;
	}

	public String getPassword() {
		return password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	UserAdministration.Details details() {
		return new UserAdministration.Details(displayName, email, jobTitle, agencyId, roles);
	}

	public Integer getVersion() {
		return version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

}
