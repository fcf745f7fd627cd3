package com.scalemart.devstack.table;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TextTableTests {

	@Test
	void alignsColumnsTwoSpacesApartWithoutTrailingBlanks() {
		String table = TextTable.withHeaders("NAME", "PORT", "URL")
			.row("user-service", "8081", "http://127.0.0.1:8081")
			.row("Redis", "16379", "")
			.render();
		assertThat(table).isEqualTo("""
				NAME          PORT   URL
				user-service  8081   http://127.0.0.1:8081
				Redis         16379
				""");
	}

	@Test
	void rejectsARowWithTheWrongNumberOfCells() {
		assertThatIllegalArgumentException().isThrownBy(() -> TextTable.withHeaders("A", "B").row("only one"))
			.withMessageStartingWith("expected 2 cells but got 1");
	}

}
