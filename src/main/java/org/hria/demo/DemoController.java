package org.hria.demo;

import java.net.URI;
import java.security.Principal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Evaluate demonstration measurements: the smallest end-to-end use of the rule engine. */
@RestController
@RequestMapping("/api/demo/evaluations")
class DemoController {

	private final DemoService demo;

	DemoController(DemoService demo) {
		this.demo = demo;
	}

	@PostMapping
	ResponseEntity<DemoService.DemoResult> evaluate(@Valid @RequestBody DemoRequest request, Principal user) {
		DemoService.DemoResult result = demo.evaluateAndStore(request.measurementsAsFacts(), user.getName());
		return ResponseEntity.created(URI.create("/api/demo/evaluations/" + result.id())).body(result);
	}

	@GetMapping("/{id}")
	DemoService.DemoResult get(@PathVariable long id) {
		return demo.find(id).orElseThrow(() -> new ErrorResponseException(HttpStatus.NOT_FOUND,
				ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "There is no demo evaluation " + id + "."),
				null));
	}

	record DemoRequest(@NotNull @Size(min = 1, max = 10_000) List<@Valid Measurement> measurements) {

		List<DemoMeasurement> measurementsAsFacts() {
			return measurements.stream().map(Measurement::toFact).toList();
		}

	}

	record Measurement(@NotBlank String subject, @NotBlank String criterion, java.math.BigDecimal value,
			@NotBlank String unit) {

		DemoMeasurement toFact() {
			return new DemoMeasurement(subject, criterion, value, unit);
		}

	}

}
