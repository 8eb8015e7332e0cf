package org.accord.platform.web;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.springframework.validation.MapBindingResult;

import static org.assertj.core.api.Assertions.assertThat;

/** The input boundary's rules, without Spring: which text and which dates Accord takes. */
class InputTextTest {

	@Test
	void textWithoutControlCharactersOrHalfCharactersIsTaken() {
		assertThat(InputText.problem("Zoë phoned 😀\n\tagain")).isNull();
		assertThat(InputText.problem("a\u0000b")).contains("control");
		assertThat(InputText.problem("a\u001bb")).contains("control");
		assertThat(InputText.problem("half \ud800 a character")).contains("half");
		assertThat(InputText.problem("\udc00 alone")).contains("half");
		assertThat(InputText.problem("not \uFFFD UTF-8")).contains("UTF-8");
		assertThat(InputText.problem(null)).isNull();
	}

	@Test
	void aDateInputTakesPlausibleYearsOnly() {
		var errors = new MapBindingResult(new java.util.HashMap<>(), "form");
		assertThat(DateInput.read(errors, "day", "4", "12", "1987", null, "invalid")).isEqualTo(LocalDate.of(1987, 12, 4));
		assertThat(DateInput.read(errors, "day", "4", "12", "999999999", null, "invalid")).isNull();
		assertThat(DateInput.read(errors, "day", "31", "2", "2020", null, "invalid")).isNull();
		assertThat(errors.getErrorCount()).isEqualTo(2);
	}

}
