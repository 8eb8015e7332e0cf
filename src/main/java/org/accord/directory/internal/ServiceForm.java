package org.accord.directory.internal;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.accord.directory.Address;
import org.accord.directory.GenderServed;
import org.accord.directory.NeedCategory;
import org.accord.directory.OpeningTime;
import org.accord.directory.ReferralRoute;
import org.accord.directory.Service;
import org.accord.directory.ServiceDraft;
import org.accord.platform.web.FormValues;

import org.springframework.validation.Errors;

/** The service page form; opening times are one row per day of the week. */
public class ServiceForm {

	@NotNull(message = "Select the agency that runs the service")
	private UUID agencyId;

	@NotBlank(message = "Enter the name of the service")
	@Size(max = 200, message = "Name must be 200 characters or fewer")
	private String name;

	@Size(max = 4000, message = "Description must be 4000 characters or fewer")
	private String description;

	@NotEmpty(message = "Select at least one need the service helps with")
	private Set<NeedCategory> needs = EnumSet.noneOf(NeedCategory.class);

	@Size(max = 2000, message = "Who it is for must be 2000 characters or fewer")
	private String referralCriteria;

	@Min(value = 0, message = "Youngest age must be between 0 and 120")
	@Max(value = 120, message = "Youngest age must be between 0 and 120")
	private Integer minAge;

	@Min(value = 0, message = "Oldest age must be between 0 and 120")
	@Max(value = 120, message = "Oldest age must be between 0 and 120")
	private Integer maxAge;

	private GenderServed genderServed = GenderServed.ANY;

	private boolean acceptsChildren;

	@NotEmpty(message = "Select at least one way to refer")
	private Set<ReferralRoute> referralRoutes = EnumSet.noneOf(ReferralRoute.class);

	@Size(max = 2000, message = "How to refer must be 2000 characters or fewer")
	private String howToRefer;

	@Size(max = 40, message = "Referral phone must be 40 characters or fewer")
	private String referralPhone;

	@Email(message = "Enter a referral email address in the correct format, like referrals@example.org")
	@Size(max = 254, message = "Referral email must be 254 characters or fewer")
	private String referralEmail;

	@Min(value = 0, message = "Typical wait must be 0 days or more")
	@Max(value = 3650, message = "Typical wait must be 3650 days or fewer")
	private Integer waitingTimeDays;

	@Size(max = 500, message = "Opening hours note must be 500 characters or fewer")
	private String openingHoursNote;

	@Size(max = 500, message = "Languages must be 500 characters or fewer")
	private String languages = "English";

	@Size(max = 1000, message = "Access must be 1000 characters or fewer")
	private String accessibility;

	@Size(max = 500, message = "Cost must be 500 characters or fewer")
	private String cost;

	@Size(max = 40, message = "Phone must be 40 characters or fewer")
	private String phone;

	@Email(message = "Enter an email address in the correct format, like team@example.org")
	@Size(max = 254, message = "Email must be 254 characters or fewer")
	private String email;

	@Size(max = 300, message = "Website must be 300 characters or fewer")
	private String website;

	@Size(max = 200, message = "Address line 1 must be 200 characters or fewer")
	private String line1;

	@Size(max = 200, message = "Address line 2 must be 200 characters or fewer")
	private String line2;

	@Size(max = 100, message = "Town must be 100 characters or fewer")
	private String town;

	@Size(max = 12, message = "Postcode must be 12 characters or fewer")
	private String postcode;

	private boolean addressConfidential;

	@Size(max = 1000, message = "Safety constraints must be 1000 characters or fewer")
	private String safetyConstraints;

	private boolean active = true;

	@NotEmpty(message = "Select at least one area the service covers")
	private Set<UUID> areaIds = new LinkedHashSet<>();

	private List<String> opens = OpeningTimeRows.blank();

	private List<String> closes = OpeningTimeRows.blank();

	private Integer version;

	static ServiceForm of(Service s) {
		ServiceForm f = new ServiceForm();
		f.agencyId = s.agencyId();
		f.name = s.name();
		f.description = s.description();
		f.needs = s.needs().isEmpty() ? EnumSet.noneOf(NeedCategory.class) : EnumSet.copyOf(s.needs());
		f.referralCriteria = s.referralCriteria();
		f.minAge = s.minAge();
		f.maxAge = s.maxAge();
		f.genderServed = s.genderServed();
		f.acceptsChildren = s.acceptsChildren();
		f.referralRoutes = s.referralRoutes().isEmpty() ? EnumSet.noneOf(ReferralRoute.class)
				: EnumSet.copyOf(s.referralRoutes());
		f.howToRefer = s.howToRefer();
		f.referralPhone = s.referralPhone();
		f.referralEmail = s.referralEmail();
		f.waitingTimeDays = s.waitingTimeDays();
		f.openingHoursNote = s.openingHoursNote();
		f.languages = String.join(", ", s.languages());
		f.accessibility = s.accessibility();
		f.cost = s.cost();
		f.phone = s.phone();
		f.email = s.email();
		f.website = s.website();
		if (s.address() != null) {
			f.line1 = s.address().line1();
			f.line2 = s.address().line2();
			f.town = s.address().town();
			f.postcode = s.address().postcode();
		}
		f.addressConfidential = s.addressConfidential();
		f.safetyConstraints = s.safetyConstraints();
		f.active = s.active();
		s.areas().forEach(a -> f.areaIds.add(a.id()));
		OpeningTimeRows.fill(s.openingTimes(), f.opens, f.closes);
		f.version = s.version();
		return f;
	}

	/** Rules across fields, reported against the field a person would change. */
	void validate(Errors errors) {
		if (minAge != null && maxAge != null && minAge > maxAge) {
			errors.rejectValue("maxAge", "range", "Oldest age must be the same as or more than the youngest age");
		}
		OpeningTimeRows.validate(opens, closes, errors);
	}

	/** The owner is left for the directory to decide. */
	ServiceDraft toDraft() {
		List<OpeningTime> times = OpeningTimeRows.times(opens, closes);
		List<String> langs = languages == null ? List.of()
				: Arrays.stream(languages.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
		return new ServiceDraft(agencyId, name.trim(), description, EnumSet.copyOf(needs), referralCriteria, minAge, maxAge,
				genderServed == null ? GenderServed.ANY : genderServed, acceptsChildren, EnumSet.copyOf(referralRoutes),
				howToRefer, referralPhone, referralEmail, waitingTimeDays, openingHoursNote, langs, accessibility, cost, phone,
				email, website, new Address(line1, line2, town, postcode), addressConfidential, safetyConstraints, active, null,
				null, areaIds, times);
	}

	private static String trim(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

	// Accessors for data binding.

	public UUID getAgencyId() { return agencyId; }
	public void setAgencyId(UUID v) { agencyId = v; }
	public String getName() { return name; }
	public void setName(String v) { name = trim(v); }
	public String getDescription() { return description; }
	public void setDescription(String v) { description = trim(v); }
	public Set<NeedCategory> getNeeds() { return needs; }
	public void setNeeds(Set<NeedCategory> v) {
		needs = EnumSet.noneOf(NeedCategory.class);
		needs.addAll(v == null ? Set.of() : FormValues.withoutBlanks(v));
	}
	public String getReferralCriteria() { return referralCriteria; }
	public void setReferralCriteria(String v) { referralCriteria = trim(v); }
	public Integer getMinAge() { return minAge; }
	public void setMinAge(Integer v) { minAge = v; }
	public Integer getMaxAge() { return maxAge; }
	public void setMaxAge(Integer v) { maxAge = v; }
	public GenderServed getGenderServed() { return genderServed; }
	public void setGenderServed(GenderServed v) { genderServed = v; }
	public boolean isAcceptsChildren() { return acceptsChildren; }
	public void setAcceptsChildren(boolean v) { acceptsChildren = v; }
	public Set<ReferralRoute> getReferralRoutes() { return referralRoutes; }
	public void setReferralRoutes(Set<ReferralRoute> v) {
		referralRoutes = EnumSet.noneOf(ReferralRoute.class);
		referralRoutes.addAll(v == null ? Set.of() : FormValues.withoutBlanks(v));
	}
	public String getHowToRefer() { return howToRefer; }
	public void setHowToRefer(String v) { howToRefer = trim(v); }
	public String getReferralPhone() { return referralPhone; }
	public void setReferralPhone(String v) { referralPhone = trim(v); }
	public String getReferralEmail() { return referralEmail; }
	public void setReferralEmail(String v) { referralEmail = trim(v); }
	public Integer getWaitingTimeDays() { return waitingTimeDays; }
	public void setWaitingTimeDays(Integer v) { waitingTimeDays = v; }
	public String getOpeningHoursNote() { return openingHoursNote; }
	public void setOpeningHoursNote(String v) { openingHoursNote = trim(v); }
	public String getLanguages() { return languages; }
	public void setLanguages(String v) { languages = trim(v); }
	public String getAccessibility() { return accessibility; }
	public void setAccessibility(String v) { accessibility = trim(v); }
	public String getCost() { return cost; }
	public void setCost(String v) { cost = trim(v); }
	public String getPhone() { return phone; }
	public void setPhone(String v) { phone = trim(v); }
	public String getEmail() { return email; }
	public void setEmail(String v) { email = trim(v); }
	public String getWebsite() { return website; }
	public void setWebsite(String v) { website = trim(v); }
	public String getLine1() { return line1; }
	public void setLine1(String v) { line1 = trim(v); }
	public String getLine2() { return line2; }
	public void setLine2(String v) { line2 = trim(v); }
	public String getTown() { return town; }
	public void setTown(String v) { town = trim(v); }
	public String getPostcode() { return postcode; }
	public void setPostcode(String v) { postcode = trim(v); }
	public boolean isAddressConfidential() { return addressConfidential; }
	public void setAddressConfidential(boolean v) { addressConfidential = v; }
	public String getSafetyConstraints() { return safetyConstraints; }
	public void setSafetyConstraints(String v) { safetyConstraints = trim(v); }
	public boolean isActive() { return active; }
	public void setActive(boolean v) { active = v; }
	public Set<UUID> getAreaIds() { return areaIds; }
	public void setAreaIds(Set<UUID> v) { areaIds = v == null ? new LinkedHashSet<>() : FormValues.withoutBlanks(v); }
	public List<String> getOpens() { return opens; }
	public void setOpens(List<String> v) { opens = OpeningTimeRows.pad(v); }
	public List<String> getCloses() { return closes; }
	public void setCloses(List<String> v) { closes = OpeningTimeRows.pad(v); }
	public Integer getVersion() { return version; }
	public void setVersion(Integer v) { version = v; }

}
