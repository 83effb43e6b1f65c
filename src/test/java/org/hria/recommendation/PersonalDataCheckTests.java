package org.hria.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonalDataCheckTests {

	@Test
	void findsResidentRegistrationNumbersWithOrWithoutHyphen() {
		assertThat(PersonalDataCheck.find("주민번호 900101-1234567 확인")).contains("RESIDENT_REGISTRATION_NUMBER");
		assertThat(PersonalDataCheck.find("id 9001012234567")).contains("RESIDENT_REGISTRATION_NUMBER");
	}

	@Test
	void findsPhoneNumbersAndEmailAddresses() {
		assertThat(PersonalDataCheck.find("연락처 010-1234-5678")).contains("PHONE_NUMBER");
		assertThat(PersonalDataCheck.find("call 02-123-4567")).contains("PHONE_NUMBER");
		assertThat(PersonalDataCheck.find("+82 10 1234 5678")).contains("PHONE_NUMBER");
		assertThat(PersonalDataCheck.find("write to hong.gildong@example.kr")).contains("EMAIL_ADDRESS");
	}

	@Test
	void leavesDatesDocumentNumbersAndScoresAlone() {
		assertThat(PersonalDataCheck.find("2027-03-15 인권-1234, 2025-2027, score 13.5, slope 1:12, GJ-2027-0042"))
			.isEmpty();
	}

}
