package org.accord.directory.internal;

import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.accord.directory.ContactDraft;
import org.accord.directory.ContactRole;
import org.accord.directory.DirectoryContact;
import org.accord.directory.NeedCategory;

import org.springframework.validation.Errors;

/** A named contact or champion; the person is either a colleague with an account or just a name. */
public class ContactForm {

	@NotNull(message = "Select the role")
	private ContactRole role;

	private NeedCategory topic;

	private UUID serviceId;

	private UUID userId;

	@Size(max = 200, message = "Name must be 200 characters or fewer")
	private String name;

	private UUID deputyUserId;

	@Size(max = 200, message = "Deputy's name must be 200 characters or fewer")
	private String deputyName;

	@Size(max = 40, message = "Phone must be 40 characters or fewer")
	private String phone;

	@Email(message = "Enter a secure email address in the correct format, like name@example.org")
	@Size(max = 254, message = "Secure email must be 254 characters or fewer")
	private String secureEmail;

	private Integer version;

	static ContactForm of(DirectoryContact c) {
		ContactForm f = new ContactForm();
		f.role = c.role();
		f.topic = c.topic();
		f.serviceId = c.serviceId();
		f.userId = c.personActive() ? c.userId() : null;
		f.name = c.userId() == null ? c.name() : null;
		f.deputyUserId = c.deputyActive() ? c.deputyUserId() : null;
		f.deputyName = c.deputyUserId() == null ? c.deputyName() : null;
		f.phone = c.phone();
		f.secureEmail = c.secureEmail();
		f.version = c.version();
		return f;
	}

	void validate(Errors errors) {
		if (role == ContactRole.CHAMPION && topic == null) {
			errors.rejectValue("topic", "required", "Select the topic the champion covers");
		}
		if (userId == null && (name == null || name.isBlank())) {
			errors.rejectValue("userId", "required", "Select a colleague, or enter the name of the person or team");
		}
		if (phone == null && secureEmail == null) {
			errors.rejectValue("phone", "required", "Enter a phone number or a secure email address");
		}
	}

	/** A colleague's name is the directory's to fill in, from their account; the owner too. */
	ContactDraft toDraft(UUID agencyId) {
		return new ContactDraft(agencyId, serviceId, role, topic, userId, userId != null ? null : name, deputyUserId,
				deputyUserId != null ? null : deputyName, phone, secureEmail, null, null);
	}

	private static String trim(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

	public ContactRole getRole() { return role; }
	public void setRole(ContactRole v) { role = v; }
	public NeedCategory getTopic() { return topic; }
	public void setTopic(NeedCategory v) { topic = v; }
	public UUID getServiceId() { return serviceId; }
	public void setServiceId(UUID v) { serviceId = v; }
	public UUID getUserId() { return userId; }
	public void setUserId(UUID v) { userId = v; }
	public String getName() { return name; }
	public void setName(String v) { name = trim(v); }
	public UUID getDeputyUserId() { return deputyUserId; }
	public void setDeputyUserId(UUID v) { deputyUserId = v; }
	public String getDeputyName() { return deputyName; }
	public void setDeputyName(String v) { deputyName = trim(v); }
	public String getPhone() { return phone; }
	public void setPhone(String v) { phone = trim(v); }
	public String getSecureEmail() { return secureEmail; }
	public void setSecureEmail(String v) { secureEmail = trim(v); }
	public Integer getVersion() { return version; }
	public void setVersion(Integer v) { version = v; }

}
