package org.accord.directory;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.accord.audit.AuditEvent;
import org.accord.audit.AuditLog;
import org.accord.identity.Agencies;
import org.accord.platform.security.AccordPrincipal;
import org.accord.platform.web.ConflictException;
import org.accord.platform.web.InvalidInputException;
import org.accord.platform.web.NotFoundException;
import org.accord.platform.web.Problems;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The directory's services: lookup, search and writes. Callers decide who may write; this class
 * keeps the data whole (areas, opening times and the search text change with the service).
 */
@Component
public class Services {

	public record Page(List<org.accord.directory.Service> items, long total) {
	}

	static final ZoneId LOCAL = ZoneId.of("Europe/London");

	private static final String COLUMNS = """
			s.id, s.agency_id, a.name as agency_name, s.name, s.description, s.needs, s.referral_criteria, s.min_age,
			s.max_age, s.gender_served, s.accepts_children, s.referral_routes, s.how_to_refer, s.referral_phone,
			s.referral_email, s.waiting_time_days, s.opening_hours_note, s.languages, s.accessibility, s.cost, s.phone,
			s.email, s.website, s.address_line1, s.address_line2, s.town, s.postcode, s.address_confidential,
			s.safety_constraints, s.status, s.owner_user_id, s.last_verified_on, s.updated_at, s.version""";

	private final JdbcClient jdbc;

	private final TransactionTemplate tx;

	private final Clock clock;

	private final Agencies agencies;

	private final AuditLog audit;

	Services(JdbcClient jdbc, TransactionTemplate tx, Clock clock, Agencies agencies, AuditLog audit) {
		this.jdbc = jdbc;
		this.tx = tx;
		this.clock = clock;
		this.agencies = agencies;
		this.audit = audit;
	}

	public List<Area> areas() {
		return jdbc.sql("select id, code, name from area order by name")
			.query((rs, n) -> new Area(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("name")))
			.list();
	}

	public Optional<org.accord.directory.Service> find(UUID id) {
		return complete(jdbc.sql("select " + COLUMNS + " from service s join agency a on a.id = s.agency_id where s.id = ?")
			.param(id)
			.query(Services::map)
			.list()).stream().findFirst();
	}

	public List<org.accord.directory.Service> findByAgency(UUID agencyId) {
		return complete(jdbc.sql("select " + COLUMNS + " from service s join agency a on a.id = s.agency_id "
				+ "where s.agency_id = ? order by lower(s.name)").param(agencyId).query(Services::map).list());
	}

	/** Services an owner (or, for a manager, their agency) has not confirmed since {@code staleBefore}. */
	public List<org.accord.directory.Service> notVerifiedSince(UUID ownerUserId, UUID agencyId, LocalDate staleBefore) {
		return complete(jdbc.sql("select " + COLUMNS + """
				 from service s join agency a on a.id = s.agency_id
				where (s.owner_user_id = :owner or (cast(:agency as uuid) is not null and s.agency_id = :agency))
				  and s.last_verified_on < :before
				order by s.last_verified_on""")
			.param("owner", ownerUserId)
			.param("agency", agencyId)
			.param("before", staleBefore)
			.query(Services::map)
			.list());
	}

	/** Every service, active or not, in a stable order, a page at a time (for exports). */
	public Page all(int page, int size) {
		List<org.accord.directory.Service> items = complete(jdbc
			.sql("select " + COLUMNS + " from service s join agency a on a.id = s.agency_id order by s.id limit ? offset ?")
			.params(size, (long) page * size)
			.query(Services::map)
			.list());
		long total = jdbc.sql("select count(*) from service").query(Long.class).single();
		return new Page(items, total);
	}

	/** Ranked, typo-tolerant search over active services. */
	public Page search(ServiceQuery query) {
		ZonedDateTime now = ZonedDateTime.now(clock).withZoneSameInstant(LOCAL);
		String tsquery = query.text() == null ? null : tsquery(query.text());
		if (query.text() != null && tsquery == null) {
			return new Page(List.of(), 0);
		}
		List<long[]> total = new ArrayList<>();
		List<org.accord.directory.Service> found = jdbc.sql("select " + COLUMNS + """
				, count(*) over () as total
				from service s join agency a on a.id = s.agency_id
				where s.status = 'ACTIVE'
				  and (cast(:tsquery as text) is null or s.search_vector @@ to_tsquery('simple', :tsquery))
				  and (cardinality(cast(:needs as varchar[])) = 0 or s.needs && cast(:needs as varchar[]))
				  and (cast(:area as uuid) is null or exists (select 1 from service_area sa where sa.service_id = s.id
				  and sa.area_id = :area))
				  and (cast(:age as integer) is null or ((s.min_age is null or s.min_age <= :age) and (s.max_age is null
				  or s.max_age >= :age)))
				  and (cast(:gender as text) is null or s.gender_served = 'ANY' or s.gender_served = :gender)
				  and (not :children or s.accepts_children)
				  and (not :openNow or exists (select 1 from service_schedule ss where ss.service_id = s.id
				        and ss.day_of_week = :dow and ss.opens_at <= cast(:time as time) and ss.closes_at > cast(:time as time)))
				order by case when cast(:tsquery as text) is null then 0
				              else ts_rank(s.search_vector, to_tsquery('simple', :tsquery)) + similarity(lower(s.name), :text) end
				              desc,
				         lower(s.name), s.id
				limit :size offset :offset""")
			.param("tsquery", tsquery)
			.param("text", query.text() == null ? "" : query.text().toLowerCase(Locale.ROOT))
			.param("needs", query.needs().stream().map(Enum::name).toArray(String[]::new))
			.param("area", query.areaId())
			.param("age", query.age())
			.param("gender", query.gender() == null || query.gender() == GenderServed.ANY ? null : query.gender().name())
			.param("children", query.withChildren())
			.param("openNow", query.openNow())
			.param("dow", now.getDayOfWeek().getValue())
			.param("time", now.toLocalTime().toString())
			.param("size", query.size())
			.param("offset", (long) query.page() * query.size())
			.query((rs, n) -> {
				total.add(new long[] { rs.getLong("total") });
				return map(rs, n);
			})
			.list();
		return new Page(complete(found), total.isEmpty() ? 0 : total.get(0)[0]);
	}

	/**
	 * Turns free text into a full-text query: each word becomes the words of the directory nearest to
	 * it in spelling (so "refuje" searches "refuge"), and every word must match. Words with no near
	 * match at all are dropped as noise; if none is left, nothing matches.
	 */
	String tsquery(String text) {
		List<String> words = words(text);
		if (words.isEmpty()) {
			return null;
		}
		Map<String, List<String>> near = new LinkedHashMap<>();
		// Numbers (a phone number, a postcode part) are matched exactly; only words are spelling-corrected.
		words.forEach(w -> near.put(w,
				w.chars().allMatch(Character::isDigit) ? new ArrayList<>(List.of(w)) : new ArrayList<>()));
		String[] fuzzy = words.stream().filter(w -> !w.chars().allMatch(Character::isDigit)).toArray(String[]::new);
		tx.executeWithoutResult(status -> {
			jdbc.sql("set local pg_trgm.similarity_threshold = 0.3").update();
			jdbc.sql("""
					select w.word, t.term from unnest(cast(:words as text[])) as w(word)
					cross join lateral (select term from service_term
					                    where term % w.word or (length(w.word) >= 3 and term like w.word || '%')
					                    order by similarity(term, w.word) desc, term limit 8) t""")
				.param("words", fuzzy)
				.query((ResultSet rs) -> {
					near.get(rs.getString("word")).add(rs.getString("term"));
				});
		});
		String query = near.values()
			.stream()
			.filter(terms -> !terms.isEmpty())
			.map(terms -> "(" + String.join(" | ", terms) + ")")
			.collect(Collectors.joining(" & "));
		return query.isEmpty() ? null : query;
	}

	/** The words of a query; the first ten count. */
	static List<String> words(String text) {
		return terms(text).stream().limit(10).toList();
	}

	static List<String> terms(String text) {
		return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
			.filter(w -> w.length() >= 2 && w.length() <= 100)
			.distinct()
			.toList();
	}

	/** The words worth spelling-correcting against: numbers are left out of the dictionary. */
	static List<String> dictionaryTerms(String text) {
		return terms(text).stream().filter(w -> !w.chars().allMatch(Character::isDigit)).toList();
	}

	/**
	 * A manager of the agency, or an administrator, adds a service, and owns it. The page and the API both come
	 * here, so they refuse the same drafts for the same reasons.
	 */
	@Transactional
	public UUID add(AccordPrincipal user, ServiceDraft draft) {
		refuse(problems(draft));
		if (!mayAddFor(user, draft.agencyId())) {
			throw new AccessDeniedException("Only administrators and the agency's managers add its services");
		}
		UUID id = create(draft.ownedBy(user.userId()));
		audit.record(AuditEvent.of("CREATE", "SERVICE", id));
		return id;
	}

	/**
	 * An editor of the service changes it, if nobody changed it since {@code version} (null: the caller did not
	 * say). It keeps its owner, or becomes the user's if it had none.
	 */
	@Transactional
	public void change(AccordPrincipal user, UUID id, Integer version, ServiceDraft draft) {
		org.accord.directory.Service current = find(id).orElseThrow(() -> new NotFoundException("Service"));
		List<Problems.FieldMessage> problems = new ArrayList<>();
		if (version == null) {
			problems.add(new Problems.FieldMessage("version", "must be the version you read"));
		}
		problems.addAll(problems(draft));
		refuse(problems);
		if (!mayChange(user, current, draft.agencyId())) {
			throw new AccessDeniedException("Only administrators, the agency's managers and the entry's owner change it");
		}
		if (version != current.version()) {
			throw new ConflictException("This service was changed by someone else since you read it; nothing was saved");
		}
		update(id, version, draft.ownedBy(current.ownerUserId() != null ? current.ownerUserId() : user.userId()));
		audit.record(AuditEvent.of("UPDATE", "SERVICE", id));
	}

	/** An editor of the service confirms its details are right today. */
	@Transactional
	public void verify(AccordPrincipal user, UUID id) {
		org.accord.directory.Service service = find(id).orElseThrow(() -> new NotFoundException("Service"));
		if (!mayChange(user, service)) {
			throw new AccessDeniedException("Not an editor of this entry");
		}
		markVerified(id);
		audit.record(AuditEvent.of("VERIFY", "SERVICE", id));
	}

	/** The rules a draft breaks, each naming its field; what the agency and areas are is the partnership's. */
	private List<Problems.FieldMessage> problems(ServiceDraft d) {
		List<Problems.FieldMessage> errors = new ArrayList<>();
		if (d.minAge() != null && d.maxAge() != null && d.minAge() > d.maxAge()) {
			errors.add(new Problems.FieldMessage("maxAge", "must not be less than minAge"));
		}
		List<OpeningTime> times = d.openingTimes() == null ? List.of() : d.openingTimes();
		for (int i = 0; i < times.size(); i++) {
			if (!times.get(i).closes().isAfter(times.get(i).opens())) {
				errors.add(new Problems.FieldMessage("openingTimes[" + i + "].closes", "must be after opens"));
			}
		}
		if (d.agencyId() == null || agencies.find(d.agencyId()).isEmpty()) {
			errors.add(new Problems.FieldMessage("agencyId", "is not an agency of the partnership"));
		}
		List<UUID> known = areas().stream().map(Area::id).toList();
		if (d.areaIds().stream().anyMatch(a -> a == null || !known.contains(a))) {
			errors.add(new Problems.FieldMessage("areaIds", "contains an unknown area"));
		}
		return errors;
	}

	private static void refuse(List<Problems.FieldMessage> problems) {
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	public UUID create(ServiceDraft draft) {
		UUID id = UUID.randomUUID();
		create(id, draft);
		return id;
	}

	/** Creates a service with a given id (imports keep the source's id so re-imports find it again). */
	public void create(UUID id, ServiceDraft draft) {
		tx.executeWithoutResult(status -> {
			jdbc.sql("insert into service (id, agency_id, name, needs, referral_routes, last_verified_on) "
					+ "values (?, ?, ?, '{}', '{}', ?)")
				.params(id, draft.agencyId(), draft.name(),
						draft.lastVerifiedOn() != null ? draft.lastVerifiedOn() : LocalDate.now(clock))
				.update();
			write(id, draft);
		});
	}

	/** Changes a service if nobody else has since {@code version}; otherwise changes nothing. */
	public void update(UUID id, int version, ServiceDraft draft) {
		tx.executeWithoutResult(status -> {
			int rows = jdbc.sql("update service set version = version + 1, updated_at = now() where id = ? and version = ?")
				.params(id, version)
				.update();
			if (rows == 0) {
				throw new ConflictException("This service was changed by someone else since you opened it; nothing was saved");
			}
			write(id, draft);
		});
	}

	/** Whether the user may add services for the agency: its managers and administrators. */
	public static boolean mayAddFor(AccordPrincipal user, UUID agencyId) {
		return DirectoryPermissions.canCreateFor(user, agencyId);
	}

	public static boolean mayChange(AccordPrincipal user, org.accord.directory.Service service) {
		return DirectoryPermissions.canEdit(user, service.agencyId(), service.ownerUserId());
	}

	/** Whether the user may change the service and have it run by {@code agencyId}, its own or another. */
	public static boolean mayChange(AccordPrincipal user, org.accord.directory.Service service, UUID agencyId) {
		return mayChange(user, service) && DirectoryPermissions.canEdit(user, agencyId, service.ownerUserId());
	}

	private void markVerified(UUID id) {
		jdbc.sql("update service set last_verified_on = ?, updated_at = now() where id = ?").params(LocalDate.now(clock), id)
			.update();
	}

	private void write(UUID id, ServiceDraft d) {
		String agencyName = jdbc.sql("select name from agency where id = ?").param(d.agencyId()).query(String.class).single();
		Address address = d.address() == null ? new Address(null, null, null, null) : d.address();
		jdbc.sql("""
				update service set agency_id = :agency, name = :name, description = :description,
				  needs = cast(:needs as varchar[]), referral_criteria = :criteria, min_age = :minAge, max_age = :maxAge,
				  gender_served = :gender, accepts_children = :children, referral_routes = cast(:routes as varchar[]),
				  how_to_refer = :howToRefer, referral_phone = :referralPhone, referral_email = :referralEmail,
				  waiting_time_days = :waiting, opening_hours_note = :hoursNote, languages = cast(:languages as varchar[]),
				  accessibility = :accessibility, cost = :cost, phone = :phone, email = :email, website = :website,
				  address_line1 = :line1, address_line2 = :line2, town = :town, postcode = :postcode,
				  address_confidential = :confidential, safety_constraints = :safety, status = :status,
				  owner_user_id = :owner, last_verified_on = coalesce(:verified, last_verified_on), search_text = :searchText
				where id = :id""")
			.param("agency", d.agencyId())
			.param("name", d.name())
			.param("description", d.description() == null ? "" : d.description())
			.param("needs", d.needs().stream().map(Enum::name).sorted().toArray(String[]::new))
			.param("criteria", d.referralCriteria())
			.param("minAge", d.minAge())
			.param("maxAge", d.maxAge())
			.param("gender", (d.genderServed() == null ? GenderServed.ANY : d.genderServed()).name())
			.param("children", d.acceptsChildren())
			.param("routes", d.referralRoutes().stream().map(Enum::name).sorted().toArray(String[]::new))
			.param("howToRefer", d.howToRefer())
			.param("referralPhone", d.referralPhone())
			.param("referralEmail", d.referralEmail())
			.param("waiting", d.waitingTimeDays())
			.param("hoursNote", d.openingHoursNote())
			.param("languages", d.languages() == null ? new String[0] : d.languages().toArray(String[]::new))
			.param("accessibility", d.accessibility())
			.param("cost", d.cost())
			.param("phone", d.phone())
			.param("email", d.email())
			.param("website", d.website())
			.param("line1", address.line1())
			.param("line2", address.line2())
			.param("town", address.town())
			.param("postcode", address.postcode())
			.param("confidential", d.addressConfidential())
			.param("safety", d.safetyConstraints())
			.param("status", d.active() ? "ACTIVE" : "INACTIVE")
			.param("owner", d.ownerUserId())
			.param("verified", d.lastVerifiedOn())
			.param("searchText", searchText(d, agencyName))
			.param("id", id)
			.update();
		jdbc.sql("insert into service_term (term) select distinct unnest(cast(:terms as varchar[])) on conflict do nothing")
			.param("terms", dictionaryTerms(searchText(d, agencyName)).toArray(String[]::new))
			.update();
		jdbc.sql("delete from service_area where service_id = ?").param(id).update();
		for (UUID area : d.areaIds()) {
			jdbc.sql("insert into service_area (service_id, area_id) values (?, ?)").params(id, area).update();
		}
		jdbc.sql("delete from service_schedule where service_id = ?").param(id).update();
		for (OpeningTime t : d.openingTimes() == null ? List.<OpeningTime>of() : d.openingTimes()) {
			jdbc.sql("insert into service_schedule (id, service_id, day_of_week, opens_at, closes_at) values (?, ?, ?, ?, ?)")
				.params(UUID.randomUUID(), id, t.day().getValue(), t.opens(), t.closes())
				.update();
		}
	}

	/** What free-text search looks through; a confidential address is left out so search cannot reveal it. */
	static String searchText(ServiceDraft d, String agencyName) {
		List<String> parts = new ArrayList<>(List.of(d.name(), agencyName));
		d.needs().forEach(n -> parts.add(n.label()));
		parts.add(d.description());
		parts.add(d.referralCriteria());
		if (d.languages() != null) {
			parts.addAll(d.languages());
		}
		if (!d.addressConfidential() && d.address() != null) {
			parts.add(d.address().town());
		}
		return parts.stream().filter(p -> p != null && !p.isBlank()).collect(Collectors.joining(" "))
			.toLowerCase(Locale.ROOT);
	}

	private List<org.accord.directory.Service> complete(List<org.accord.directory.Service> services) {
		if (services.isEmpty()) {
			return services;
		}
		UUID[] ids = services.stream().map(org.accord.directory.Service::id).toArray(UUID[]::new);
		Map<UUID, List<Area>> areas = new LinkedHashMap<>();
		jdbc.sql("select sa.service_id, ar.id as area_id, ar.code, ar.name from service_area sa join area ar "
				+ "on ar.id = sa.area_id " + "where sa.service_id = any(?) order by ar.name")
			.param(ids)
			.query((ResultSet rs) -> {
				areas.computeIfAbsent(rs.getObject("service_id", UUID.class), k -> new ArrayList<>())
					.add(new Area(rs.getObject("area_id", UUID.class), rs.getString("code"), rs.getString("name")));
			});
		Map<UUID, List<OpeningTime>> times = new LinkedHashMap<>();
		jdbc.sql("select service_id, day_of_week, opens_at, closes_at from service_schedule where service_id = any(?) "
				+ "order by day_of_week, opens_at")
			.param(ids)
			.query((ResultSet rs) -> {
				times.computeIfAbsent(rs.getObject("service_id", UUID.class), k -> new ArrayList<>())
					.add(new OpeningTime(DayOfWeek.of(rs.getInt("day_of_week")), rs.getObject("opens_at", LocalTime.class),
							rs.getObject("closes_at", LocalTime.class)));
			});
		return services.stream()
			.map(s -> new org.accord.directory.Service(s.id(), s.agencyId(), s.agencyName(), s.name(), s.description(),
					s.needs(), s.referralCriteria(), s.minAge(), s.maxAge(), s.genderServed(), s.acceptsChildren(),
					s.referralRoutes(), s.howToRefer(), s.referralPhone(), s.referralEmail(), s.waitingTimeDays(),
					s.openingHoursNote(), s.languages(), s.accessibility(), s.cost(), s.phone(), s.email(), s.website(),
					s.address(), s.addressConfidential(), false, s.safetyConstraints(), s.active(), s.ownerUserId(),
					s.lastVerifiedOn(), areas.getOrDefault(s.id(), List.of()), times.getOrDefault(s.id(), List.of()),
					s.updatedAt(), s.version()))
			.toList();
	}

	static org.accord.directory.Service map(ResultSet rs, int row) throws SQLException {
		Integer minAge = (Integer) rs.getObject("min_age");
		Integer maxAge = (Integer) rs.getObject("max_age");
		Integer waiting = (Integer) rs.getObject("waiting_time_days");
		Address address = new Address(rs.getString("address_line1"), rs.getString("address_line2"), rs.getString("town"),
				rs.getString("postcode"));
		return new org.accord.directory.Service(rs.getObject("id", UUID.class), rs.getObject("agency_id", UUID.class),
				rs.getString("agency_name"), rs.getString("name"), rs.getString("description"),
				enums(rs.getArray("needs"), NeedCategory.class), rs.getString("referral_criteria"), minAge, maxAge,
				GenderServed.valueOf(rs.getString("gender_served")), rs.getBoolean("accepts_children"),
				enums(rs.getArray("referral_routes"), ReferralRoute.class), rs.getString("how_to_refer"),
				rs.getString("referral_phone"), rs.getString("referral_email"), waiting, rs.getString("opening_hours_note"),
				strings(rs.getArray("languages")), rs.getString("accessibility"), rs.getString("cost"), rs.getString("phone"),
				rs.getString("email"), rs.getString("website"), address.isEmpty() ? null : address,
				rs.getBoolean("address_confidential"), false, rs.getString("safety_constraints"),
				"ACTIVE".equals(rs.getString("status")), rs.getObject("owner_user_id", UUID.class),
				rs.getObject("last_verified_on", LocalDate.class), List.of(), List.of(),
				rs.getTimestamp("updated_at").toInstant(), rs.getInt("version"));
	}

	private static <E extends Enum<E>> Set<E> enums(Array array, Class<E> type) throws SQLException {
		Set<E> set = EnumSet.noneOf(type);
		for (String s : strings(array)) {
			set.add(Enum.valueOf(type, s));
		}
		return set;
	}

	private static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}

	static String[] names(Collection<? extends Enum<?>> values) {
		return values.stream().map(Enum::name).toArray(String[]::new);
	}

}
