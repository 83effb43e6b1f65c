package org.hria.corporate;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The enterprise register and which self-assessor belongs to which enterprise. */
@Service
class EnterpriseService {

	private final EnterpriseRepository enterprises;

	private final EnterpriseMemberRepository members;

	EnterpriseService(EnterpriseRepository enterprises, EnterpriseMemberRepository members) {
		this.enterprises = enterprises;
		this.members = members;
	}

	@Transactional(readOnly = true)
	List<Enterprise> all() {
		return enterprises.findAll(org.springframework.data.domain.Sort.by("id"));
	}

	@Transactional
	Enterprise put(String id, String name, String supervisingDepartment) {
		Enterprise enterprise = enterprises.findById(id).orElseGet(() -> new Enterprise(id, name, supervisingDepartment));
		enterprise.update(name, supervisingDepartment);
		return enterprises.save(enterprise);
	}

	@Transactional
	void link(String enterpriseId, String username) {
		if (!enterprises.existsById(enterpriseId)) {
			throw CorporateService.notFound("There is no enterprise '" + enterpriseId
					+ "' in the register. Add it first (PUT /api/corporate/enterprises/" + enterpriseId + ").");
		}
		EnterpriseMember member = members.findById(username).orElseGet(() -> new EnterpriseMember(username, enterpriseId));
		member.moveTo(enterpriseId);
		members.save(member);
	}

}
