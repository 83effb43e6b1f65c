package org.hria.account;

/** The roles of the recommendations spec (section 2); a user may hold several. */
public enum Role {

	DRAFTER, INSPECTOR, ENTERPRISE_SELF_ASSESSOR, BUREAU_OFFICER, BUREAU_LEAD, COMMITTEE_MEMBER, COMMITTEE_SECRETARY,
	ADDRESSEE_CONTACT, OMBUDSPERSON, AUDITOR, SYSTEM_ADMIN;

	public String authority() {
		return "ROLE_" + name();
	}

}
