package org.hria.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Checking in batches beside the reader (with the reader taking queued batches when it would
 * wait) gives every facility the result it gets on its own, in the order of the file.
 */
@SpringBootTest
class FacilityBatchTests {

	@Autowired
	private SurveyChecker checker;

	@Test
	void deliversEachFacilitysOwnResultInFileOrder() {
		String survey = survey(7 * FacilityBatch.SIZE + 13);
		List<Facility> facilities = new ArrayList<>();
		read(survey, facilities::add);
		List<FacilityResult> batched = new ArrayList<>();
		FacilityBatch batch = new FacilityBatch(checker, batched::add);
		read(survey, batch);
		batch.flush();

		assertThat(batched).hasSize(facilities.size());
		for (int i = 0; i < facilities.size(); i++) {
			FacilityResult alone = checker.check(facilities.get(i));
			assertThat(batched.get(i)).as(alone.facilityId()).usingRecursiveComparison().isEqualTo(alone);
		}
		assertThat(batched).extracting(FacilityResult::verdict).contains("RELOCATE", "REMEDIABLE_WITH_TEMPORARY_MEASURES");
	}

	private static void read(String survey, Consumer<Facility> sink) {
		InputErrors errors = new InputErrors();
		CsvSurveyReader.read(new StringReader(survey), new FacilityAssembler("kr", FacilityKind.POLLING_STATION, errors, sink),
				errors);
		assertThat(errors.list()).isEmpty();
	}

	/** Polling stations with every criterion, their values drawn so that verdicts differ. */
	private static String survey(int stations) {
		Random random = new Random(7);
		StringBuilder csv = new StringBuilder("facility_id,facility_name,criterion,value,unit\n");
		for (int i = 0; i < stations; i++) {
			for (Criterion criterion : Criteria.catalogue().forKind(FacilityKind.POLLING_STATION)) {
				csv.append("PS-").append(i).append(",Station ").append(i).append(',').append(criterion.id()).append(',');
				csv.append(switch (criterion.dimension()) {
					case LENGTH -> (600 + random.nextInt(1400)) + ",mm";
					case SLOPE -> "1:" + (8 + random.nextInt(20)) + ",";
					case FORCE -> (15 + random.nextInt(30)) + ",N";
					case COUNT -> (criterion.id().equals("service.floor") ? 1 + random.nextInt(2) : random.nextInt(60)) + ",";
					case BOOLEAN -> (random.nextInt(8) == 0 ? "no" : "yes") + ",";
				}).append('\n');
			}
		}
		return csv.toString();
	}

}
