package org.accord.directory;

import java.util.Set;
import java.util.UUID;

import org.accord.support.Http;
import org.accord.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class DirectorySearchTests {

	@LocalServerPort
	int port;

	@Autowired
	Services services;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theDemoDirectoryIsRealisticSize() {
		assertThat(jdbc.sql("select count(*) from service").query(Integer.class).single()).isGreaterThanOrEqualTo(30);
		assertThat(jdbc.sql("select count(distinct agency_id) from service").query(Integer.class).single()).isGreaterThanOrEqualTo(12);
		assertThat(services.areas()).extracting(Area::name).containsExactly("Northbridge", "Southmoor");
		assertThat(jdbc.sql("select count(*) from service where address_confidential").query(Integer.class).single()).isPositive();
		assertThat(jdbc.sql("""
				select count(*) from directory_contact c join agency a on a.id = c.agency_id
				where c.role = 'CHAMPION' and c.topic = 'DOMESTIC_ABUSE' and a.type = 'DRUG_AND_ALCOHOL'""")
			.query(Integer.class).single()).isPositive();
	}

	@Test
	void aMisspeltNameStillFindsTheService() {
		assertThat(names(ServiceQuery.text("Talking therapys"))).contains("Talking therapies");
		assertThat(names(ServiceQuery.text("refuje"))).contains("Safer Futures refuge");
		assertThat(names(ServiceQuery.text("Sanctury scheme")).get(0)).isEqualTo("Sanctuary scheme");
		assertThat(names(ServiceQuery.text("perinatle mental helth"))).contains("Perinatal mental health team");
	}

	@Test
	void oneSearchFindsSomewhereForAWomanWithTwoChildrenAndAnAlcoholProblemInAnArea() {
		UUID northbridge = services.areas().stream().filter(a -> a.name().equals("Northbridge")).findFirst().orElseThrow().id();
		var found = names(new ServiceQuery(null, Set.of(NeedCategory.SUBSTANCE_USE), northbridge, 34, GenderServed.WOMEN, true,
				false, 0, 50));
		assertThat(found).contains("Women's recovery group", "Family alcohol service")
			.doesNotContain("Community alcohol detox", "Young people's substance use service");
		UUID southmoor = services.areas().stream().filter(a -> a.name().equals("Southmoor")).findFirst().orElseThrow().id();
		assertThat(names(new ServiceQuery(null, Set.of(NeedCategory.SUBSTANCE_USE), southmoor, 34, GenderServed.WOMEN, true,
				false, 0, 50))).doesNotContain("Women's recovery group");
	}

	@Test
	void filtersByNeedAndAreaOverTheApi() {
		Http http = new Http(port);
		String token = http.token("idva", "accord-demo");
		var r = http.get("/api/v1/services?need=SEXUAL_VIOLENCE&area=Southmoor", token);
		assertThat(r.status()).isEqualTo(200);
		assertThat(r.json().get("total").asInt()).isEqualTo(3);
		r.json().get("items").forEach(item -> {
			assertThat(item.get("needs").toString()).contains("SEXUAL_VIOLENCE");
			assertThat(item.get("areas").toString()).contains("Southmoor");
			assertThat(item.get("howToRefer").get("routes").size()).isPositive();
			assertThat(item.has("agencyName")).isTrue();
		});
		assertThat(http.get("/api/v1/services?need=NOT_A_NEED", token).json().get("errors").get(0).get("field").asString())
			.isEqualTo("need");
		assertThat(http.get("/api/v1/services?area=Atlantis", token).json().get("errors").get(0).get("field").asString())
			.isEqualTo("area");
	}

	@Test
	void openNowUsesTheOpeningTimes() {
		var open = services.search(new ServiceQuery(null, Set.of(), null, null, null, false, true, 0, 200));
		assertThat(open.items()).extracting(Service::name).contains("Crisis resolution and home treatment");
		assertThat(open.items()).allSatisfy(s -> assertThat(s.openingTimes()).isNotEmpty());
	}

	@Test
	void theSearchPageShowsHowToReferForEachResult() {
		Http http = new Http(port);
		http.signIn("drugworker", "accord-demo");
		var page = http.get("/directory?q=refuge");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Safer Futures refuge").contains("How to refer:");
		var bad = http.get("/directory?age=old");
		assertThat(bad.body()).contains("govuk-error-summary").contains("href=\"#age\"");
	}

	private java.util.List<String> names(ServiceQuery query) {
		return services.search(query).items().stream().map(Service::name).toList();
	}

}
