package org.hria.corporate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import com.opencsv.CSVReader;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shipped checklist agrees with spec section 2: every item once, the exact columns, valid values. */
class ChecklistTests {

	private static final Path FILE = Path.of("checklists", "corporate-hrm.csv");

	private static Checklist checklist;

	private static List<String[]> rows;

	@BeforeAll
	static void load() throws Exception {
		byte[] bytes = Files.readAllBytes(FILE);
		checklist = Checklist.parse(bytes);
		try (CSVReader reader = new CSVReader(new StringReader(new String(bytes, StandardCharsets.UTF_8)))) {
			rows = reader.readAll();
		}
	}

	@Test
	void hasTheExactHeader() {
		assertThat(rows.get(0)).containsExactlyElementsOf(Checklist.HEADER);
	}

	@Test
	void everyRowHasEveryColumn() {
		assertThat(rows).allSatisfy(row -> assertThat(row).hasSize(Checklist.HEADER.size()));
	}

	@Test
	void has72UniqueItemsIn12AreasWith9Critical() {
		assertThat(checklist.items()).hasSize(72);
		assertThat(checklist.items()).extracting(ChecklistItem::itemId).doesNotHaveDuplicates()
			.allMatch(id -> id.matches("HRM-\\d{1,2}\\.\\d"));
		assertThat(checklist.byArea().keySet()).containsExactly("GOV", "HRDD", "REM", "NDE", "FOA", "FLB", "CLB",
				"OSH", "SUP", "COM", "ENV", "CON");
		assertThat(checklist.items()).filteredOn(ChecklistItem::critical).extracting(ChecklistItem::itemId)
			.containsExactly("HRM-1.1", "HRM-2.2", "HRM-2.3", "HRM-3.1", "HRM-3.5", "HRM-6.2", "HRM-7.1", "HRM-8.1",
					"HRM-10.3");
	}

	@Test
	void everySourceStatusIsVV2OrU() {
		assertThat(checklist.items()).extracting(ChecklistItem::sourceStatus).allMatch(Set.of("V", "V2", "U")::contains);
	}

	@Test
	void valuesAreOnTheirScales() {
		assertThat(checklist.items()).allSatisfy(item -> {
			assertThat(item.scale()).isIn("012", "YN");
			assertThat(item.weight()).isBetween(1, 3);
			assertThat(item.requirementEn()).isNotBlank();
			assertThat(item.requirementKo()).isNotBlank();
			assertThat(item.evidence()).isNotBlank();
			assertThat(item.addressee()).isNotBlank();
			assertThat(item.ungp()).isNotBlank();
			assertThat(item.nhrckArea()).matches("\\d{1,2}");
		});
		assertThat(rows.subList(1, rows.size())).allSatisfy(row -> {
			assertThat(row[9]).isIn("Y", "N");
			assertThat(row[11]).isIn("Y", "N");
		});
	}

	@Test
	void namesOneVersionAndItsChecksum() {
		assertThat(checklist.version()).isEqualTo("corporate-hrm/1.0");
		assertThat(checklist.sha256()).hasSize(64);
	}

	@Test
	void yesNoItemsAreTheTwoTheSpecMarks() {
		assertThat(checklist.items()).filteredOn(item -> item.scale().equals("YN")).extracting(ChecklistItem::itemId)
			.containsExactly("HRM-6.2", "HRM-7.1");
	}

	@Test
	void itemsWhereNaIsAllowedAreThoseOfTheSpec() throws IOException {
		assertThat(checklist.items()).filteredOn(ChecklistItem::naAllowed).extracting(ChecklistItem::itemId)
			.containsExactly("HRM-4.7", "HRM-5.2", "HRM-7.2", "HRM-7.3", "HRM-10.1", "HRM-10.2", "HRM-10.3",
					"HRM-11.5");
	}

}
