package org.accord.identity.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.accord.identity.AgencyType;
import org.accord.platform.DemoMode;
import org.accord.platform.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The agencies and accounts of the demo partnership (shared/docs/api-v1.md), created only when
 * demo data is wanted and the database has no agencies yet, so a real installation is never touched.
 */
@Component
@Order(10)
class DemoAccounts implements ApplicationRunner {

	static final String PASSWORD = "accord-demo";

	private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

	private record DemoUser(String username, String name, String jobTitle, String agency, Set<Role> roles) {
	}

	private final JdbcClient jdbc;

	private final PasswordEncoder encoder;

	private final DemoMode demo;

	DemoAccounts(JdbcClient jdbc, PasswordEncoder encoder, DemoMode demo) {
		this.jdbc = jdbc;
		this.encoder = encoder;
		this.demo = demo;
	}

	@Override
	public void run(ApplicationArguments args) {
		// Only into an empty database: never beside an installation's own agencies.
		boolean created = demo.createOnce(4242001,
				() -> jdbc.sql("select count(*) from agency").query(Integer.class).single() == 0, this::create);
		if (created) {
			log.info("Demo partnership created: {} agencies and {} accounts", agencies().size(), users().size());
		}
	}

	private void create() {
		Map<String, UUID> ids = new LinkedHashMap<>();
		agencies().forEach((name, type) -> {
			UUID id = UUID.nameUUIDFromBytes(("agency:" + name).getBytes());
			ids.put(name, id);
			jdbc.sql("insert into agency (id, name, type) values (?, ?, ?)").params(id, name, type.name()).update();
		});
		String hash = encoder.encode(PASSWORD);
		for (DemoUser u : users()) {
			UUID id = UUID.nameUUIDFromBytes(("user:" + u.username()).getBytes());
			jdbc.sql("""
					insert into app_user (id, username, display_name, email, job_title, agency_id, password_hash)
					values (?, ?, ?, ?, ?, ?, ?)""")
				.params(id, u.username(), u.name(), u.username() + "@demo.accord.invalid", u.jobTitle(),
						ids.get(u.agency()), hash)
				.update();
			for (Role role : u.roles()) {
				jdbc.sql("insert into user_role (user_id, role) values (?, ?)").params(id, role.name()).update();
			}
		}
	}

	static Map<String, AgencyType> agencies() {
		Map<String, AgencyType> a = new LinkedHashMap<>();
		a.put("Safer Futures", AgencyType.DOMESTIC_ABUSE_SERVICE);
		a.put("Northshire Family Alcohol Service", AgencyType.DRUG_AND_ALCOHOL);
		a.put("Northshire Community Mental Health Team", AgencyType.MENTAL_HEALTH);
		a.put("Northshire Police", AgencyType.POLICE);
		a.put("Northshire Children's Social Care", AgencyType.CHILDRENS_SOCIAL_CARE);
		a.put("Northshire Homes Tenancy Support", AgencyType.HOUSING);
		a.put("Riverside Medical Practice", AgencyType.HEALTH);
		a.put("Northshire Health Visiting", AgencyType.HEALTH);
		a.put("Oakfield Primary School", AgencyType.EDUCATION);
		a.put("Northshire Parenting Service", AgencyType.VOLUNTARY);
		a.put("Northshire Community Safety Partnership", AgencyType.OTHER);
		a.put("Northshire Probation Service", AgencyType.PROBATION);
		a.put("Rape Crisis Northshire", AgencyType.VOLUNTARY);
		a.put("Northshire Citizens Advice", AgencyType.VOLUNTARY);
		return a;
	}

	static java.util.List<DemoUser> users() {
		return java.util.List.of(
				new DemoUser("admin", "Alex Morgan", "System administrator", "Northshire Community Safety Partnership",
						Set.of(Role.ADMINISTRATOR)),
				new DemoUser("idva", "Amira Khan", "Independent domestic violence adviser (IDVA)", "Safer Futures",
						Set.of(Role.PRACTITIONER)),
				new DemoUser("drugworker", "Jane Morris", "Family alcohol worker", "Northshire Family Alcohol Service",
						Set.of(Role.PRACTITIONER)),
				new DemoUser("cpn", "Daniel Okafor", "Community psychiatric nurse",
						"Northshire Community Mental Health Team", Set.of(Role.PRACTITIONER)),
				new DemoUser("police", "DC Sarah Lewis", "Domestic abuse officer", "Northshire Police",
						Set.of(Role.PRACTITIONER)),
				new DemoUser("socialworker", "Tom Reid", "Children's social worker", "Northshire Children's Social Care",
						Set.of(Role.PRACTITIONER)),
				new DemoUser("housing", "Priya Shah", "Housing officer", "Northshire Homes Tenancy Support",
						Set.of(Role.PRACTITIONER)),
				new DemoUser("coordinator", "Helen Price", "MARAC coordinator", "Northshire Community Safety Partnership",
						Set.of(Role.MEETING_COORDINATOR)),
				new DemoUser("chair", "DI Mark Evans", "MARAC chair", "Northshire Police", Set.of(Role.CHAIR)),
				new DemoUser("board", "Fiona Grant", "Partnership lead", "Northshire Community Safety Partnership",
						Set.of(Role.PARTNERSHIP_LEAD)),
				new DemoUser("ig", "Samuel Adeyemi", "Information governance lead",
						"Northshire Community Safety Partnership", Set.of(Role.INFORMATION_GOVERNANCE)));
	}

	static java.util.List<String> usernames() {
		return users().stream().map(DemoUser::username).toList();
	}

}
