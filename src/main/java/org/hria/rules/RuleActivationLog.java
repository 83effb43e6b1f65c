package org.hria.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records which file contents became active. It compares with the latest record per file in the
 * shared database, so instances that load the same change record it once between them.
 */
@Component
class RuleActivationLog {

	private final RuleActivationRepository activations;

	RuleActivationLog(RuleActivationRepository activations) {
		this.activations = activations;
	}

	@Transactional
	List<RuleActivation> record(RuleSet ruleSet, String actor, String action) {
		Map<String, String> latest = activations.findLatestPerFile()
			.stream()
			.collect(Collectors.toMap(RuleActivation::getFile, RuleActivation::getChecksum));
		Set<String> files = new HashSet<>(latest.keySet());
		files.addAll(ruleSet.fileChecksums().keySet());
		List<RuleActivation> recorded = files.stream().sorted().map(file -> {
			String now = ruleSet.fileChecksums().getOrDefault(file, RuleActivation.REMOVED);
			return now.equals(latest.get(file)) ? null
					: new RuleActivation(actor, now.equals(RuleActivation.REMOVED) ? "REMOVE" : action, file, now,
							ruleSet.version());
		}).filter(java.util.Objects::nonNull).toList();
		return activations.saveAll(recorded);
	}

	@Transactional(readOnly = true)
	List<RuleActivation> recent(int count) {
		return activations.findAllByOrderByIdDesc(PageRequest.of(0, count));
	}

}
