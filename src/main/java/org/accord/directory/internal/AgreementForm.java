package org.accord.directory.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.accord.directory.Agreement;
import org.accord.directory.Agreements;

import org.springframework.validation.Errors;

/** An agreement; up to {@value #MEASURE_ROWS} measures, each a description and a target. */
public class AgreementForm {

	static final int MEASURE_ROWS = 5;

	@NotBlank(message = "Enter a title")
	@Size(max = 200, message = "Title must be 200 characters or fewer")
	private String title;

	@NotNull(message = "Select the kind of agreement")
	private Agreement.Kind kind;

	@NotNull(message = "Select the status")
	private Agreement.Status status = Agreement.Status.DRAFT;

	@Size(max = 4000, message = "Services provided must be 4000 characters or fewer")
	private String servicesProvided;

	@Size(max = 4000, message = "Roles and responsibilities must be 4000 characters or fewer")
	private String rolesResponsibilities;

	@Size(max = 2000, message = "Costs must be 2000 characters or fewer")
	private String costs;

	private String startsOn;

	private String reviewOn;

	private Set<UUID> partyIds = new LinkedHashSet<>();

	private List<String> measureDescription = blank();

	private List<String> measureTarget = blank();

	private List<String> measureMetric = blank();

	private Integer version;

	static AgreementForm of(Agreement a) {
		AgreementForm f = new AgreementForm();
		f.title = a.title();
		f.kind = a.kind();
		f.status = a.status();
		f.servicesProvided = a.servicesProvided();
		f.rolesResponsibilities = a.rolesResponsibilities();
		f.costs = a.costs();
		f.startsOn = a.startsOn() == null ? null : a.startsOn().toString();
		f.reviewOn = a.reviewOn().toString();
		a.parties().forEach(p -> f.partyIds.add(p.agencyId()));
		for (int i = 0; i < Math.min(MEASURE_ROWS, a.measures().size()); i++) {
			Agreement.Measure m = a.measures().get(i);
			f.measureDescription.set(i, m.description());
			f.measureTarget.set(i, m.target());
			f.measureMetric.set(i, m.metric() == null ? null : m.metric().name());
		}
		f.version = a.version();
		return f;
	}

	void validate(Errors errors) {
		if (date(startsOn) == null && startsOn != null && !startsOn.isBlank()) {
			errors.rejectValue("startsOn", "date", "Enter the start date as YYYY-MM-DD, like 2026-04-01");
		}
		if (reviewOn == null || reviewOn.isBlank()) {
			errors.rejectValue("reviewOn", "required", "Enter the review date");
		}
		else if (date(reviewOn) == null) {
			errors.rejectValue("reviewOn", "date", "Enter the review date as YYYY-MM-DD, like 2027-03-31");
		}
		else if (date(startsOn) != null && date(reviewOn).isBefore(date(startsOn))) {
			errors.rejectValue("reviewOn", "order", "The review date must be on or after the start date");
		}
		if (partyIds.size() < 2) {
			errors.rejectValue("partyIds", "parties", "Select at least two agencies that are party to the agreement");
		}
		for (int i = 0; i < MEASURE_ROWS; i++) {
			boolean hasDescription = present(measureDescription.get(i));
			boolean hasTarget = present(measureTarget.get(i));
			if (hasDescription && !hasTarget) {
				errors.rejectValue("measureTarget[" + i + "]", "required", "Enter the target for measure " + (i + 1));
			}
			if (!hasDescription && (hasTarget || present(measureMetric.get(i)))) {
				errors.rejectValue("measureDescription[" + i + "]", "required", "Enter what measure " + (i + 1) + " measures");
			}
			if (hasDescription && measureDescription.get(i).length() > 500) {
				errors.rejectValue("measureDescription[" + i + "]", "size",
						"Measure " + (i + 1) + " must be 500 characters or fewer");
			}
			if (hasTarget && measureTarget.get(i).length() > 200) {
				errors.rejectValue("measureTarget[" + i + "]", "size", "Target " + (i + 1) + " must be 200 characters or fewer");
			}
			String metric = measureMetric.get(i);
			if (present(metric) && Arrays.stream(Agreement.Metric.values()).noneMatch(m -> m.name().equals(metric))) {
				errors.rejectValue("measureMetric[" + i + "]", "unknown",
						"Select a figure for measure " + (i + 1) + " from the list");
			}
		}
	}

	Agreements.Draft toDraft() {
		List<Agreement.Measure> measures = new ArrayList<>();
		for (int i = 0; i < MEASURE_ROWS; i++) {
			if (present(measureDescription.get(i))) {
				String metric = measureMetric.get(i);
				measures.add(new Agreement.Measure(measureDescription.get(i).trim(), measureTarget.get(i).trim(),
						present(metric) ? Agreement.Metric.valueOf(metric) : null));
			}
		}
		return new Agreements.Draft(title, kind, status, servicesProvided, rolesResponsibilities, costs, date(startsOn),
				date(reviewOn), partyIds, measures);
	}

	private static LocalDate date(String s) {
		if (s == null || s.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(s.trim());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static boolean present(String s) {
		return s != null && !s.isBlank();
	}

	private static List<String> blank() {
		return new ArrayList<>(Arrays.asList(new String[MEASURE_ROWS]));
	}

	private static List<String> pad(List<String> v) {
		List<String> list = new ArrayList<>(v == null ? List.of() : v);
		while (list.size() < MEASURE_ROWS) {
			list.add(null);
		}
		return new ArrayList<>(list.subList(0, MEASURE_ROWS));
	}

	private static String trim(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

	public String getTitle() { return title; }
	public void setTitle(String v) { title = trim(v); }
	public Agreement.Kind getKind() { return kind; }
	public void setKind(Agreement.Kind v) { kind = v; }
	public Agreement.Status getStatus() { return status; }
	public void setStatus(Agreement.Status v) { status = v; }
	public String getServicesProvided() { return servicesProvided; }
	public void setServicesProvided(String v) { servicesProvided = trim(v); }
	public String getRolesResponsibilities() { return rolesResponsibilities; }
	public void setRolesResponsibilities(String v) { rolesResponsibilities = trim(v); }
	public String getCosts() { return costs; }
	public void setCosts(String v) { costs = trim(v); }
	public String getStartsOn() { return startsOn; }
	public void setStartsOn(String v) { startsOn = trim(v); }
	public String getReviewOn() { return reviewOn; }
	public void setReviewOn(String v) { reviewOn = trim(v); }
	public Set<UUID> getPartyIds() { return partyIds; }
	public void setPartyIds(Set<UUID> v) { partyIds = v == null ? new LinkedHashSet<>() : v; }
	public List<String> getMeasureDescription() { return measureDescription; }
	public void setMeasureDescription(List<String> v) { measureDescription = pad(v); }
	public List<String> getMeasureTarget() { return measureTarget; }
	public void setMeasureTarget(List<String> v) { measureTarget = pad(v); }
	public List<String> getMeasureMetric() { return measureMetric; }
	public void setMeasureMetric(List<String> v) { measureMetric = pad(v); }
	public Integer getVersion() { return version; }
	public void setVersion(Integer v) { version = v; }

}
