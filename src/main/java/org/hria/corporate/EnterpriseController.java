package org.hria.corporate;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The enterprise register for the Bureau: list, add or rename, and link a self-assessor to its enterprise. */
@RestController
@RequestMapping("/api/corporate/enterprises")
class EnterpriseController {

	private final EnterpriseService enterprises;

	EnterpriseController(EnterpriseService enterprises) {
		this.enterprises = enterprises;
	}

	@GetMapping
	@PreAuthorize("hasAnyRole('BUREAU_OFFICER','BUREAU_LEAD','SYSTEM_ADMIN','AUDITOR')")
	List<EnterpriseView> list() {
		return enterprises.all().stream().map(EnterpriseView::of).toList();
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasAnyRole('BUREAU_OFFICER','SYSTEM_ADMIN')")
	EnterpriseView put(@PathVariable @Size(max = 40) String id, @Valid @RequestBody EnterpriseForm form) {
		return EnterpriseView.of(enterprises.put(id, form.name().strip(),
				form.supervisingDepartment() == null ? null : form.supervisingDepartment().strip()));
	}

	@PutMapping("/{id}/members/{username}")
	@PreAuthorize("hasAnyRole('BUREAU_OFFICER','SYSTEM_ADMIN')")
	ResponseEntity<Void> link(@PathVariable String id, @PathVariable String username) {
		enterprises.link(id, username);
		return ResponseEntity.noContent().build();
	}

	record EnterpriseForm(@NotBlank @Size(max = 300) String name, @Size(max = 200) String supervisingDepartment) {
	}

	record EnterpriseView(String id, String name, String supervisingDepartment) {

		static EnterpriseView of(Enterprise enterprise) {
			return new EnterpriseView(enterprise.getId(), enterprise.getName(), enterprise.getSupervisingDepartment());
		}

	}

}
