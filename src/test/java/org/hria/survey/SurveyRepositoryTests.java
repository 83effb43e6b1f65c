package org.hria.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;

@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class SurveyRepositoryTests {

	@Autowired
	private SurveyRepository surveys;

	@Autowired
	private SurveyFacilityRepository facilities;

	private static FacilityResult result(String verdict, String ruleId) {
		Finding finding = new Finding(null, "entrance.threshold", ruleId, "3", "cm", "≤ 2 cm", "MAJOR", 1,
				"Threshold wedges", "TEMPORARY", "별표1 제3호", "V2", false, "threshold wedges", 4);
		return new FacilityResult("PS-REPO", "화정2동 행정복지센터", FacilityKind.POLLING_STATION, verdict, List.of(finding),
				List.of("voting.turning_space"), null, null, null, null, List.of("entrance.threshold"));
	}

	@Test
	void storesFacilitiesWithTheirFindingsAndFindsTheLatestByFacilityId() {
		Survey first = surveys.save(new Survey("first", FacilityKind.POLLING_STATION, "kr", "v1", "inspector", 1));
		facilities.save(new SurveyFacility(first.getId(), result("INCOMPLETE", "KR-THRESHOLD"), null, null, null));
		Survey second = surveys.save(new Survey(null, FacilityKind.POLLING_STATION, "kr", "v2", "inspector", 1));
		facilities.saveAndFlush(new SurveyFacility(second.getId(), result("REMEDIABLE_WITH_TEMPORARY_MEASURES",
				"KR-THRESHOLD"), "{\"measures\":[],\"bring\":[],\"relocate\":false}", "[]", null));

		SurveyFacility latest = facilities.findFirstByFacilityIdOrderByIdDesc("PS-REPO").orElseThrow();
		assertThat(latest.getSurveyId()).isEqualTo(second.getId());
		assertThat(latest.getName()).isEqualTo("화정2동 행정복지센터");
		assertThat(latest.getMissing()).containsExactly("voting.turning_space");
		assertThat(latest.getFindings()).singleElement()
			.satisfies(finding -> assertThat(finding.toFinding().required()).isEqualTo("≤ 2 cm"));
		assertThat(facilities.findBySurveyIdOrderById(first.getId())).extracting(SurveyFacility::getVerdict)
			.containsExactly("INCOMPLETE");
	}

}
