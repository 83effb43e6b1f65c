package org.hria.rules;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.kie.api.KieBase;

/**
 * One compiled, immutable generation of the rules: a KieBase per domain, the catalogue of every
 * check, and the checksums it was built from. The engine swaps whole generations atomically.
 * <p>
 * A loaded Drools rule is either a <em>check</em> (it has a {@code severity}; the catalogue lists
 * it) or a <em>data row</em>: a table row that only supplies data, such as a term or an exclusion,
 * to the check whose {@code id} it names. Data rows carry no severity of their own.
 */
public record RuleSet(String version, Instant loadedAt, Map<String, KieBase> kieBases,
		Map<String, Set<String>> globalsByDomain, List<RuleInfo> catalogue, List<RuleInfo> dataRows,
		Map<String, String> fileChecksums) {

	public Optional<KieBase> kieBase(String domain) {
		return Optional.ofNullable(kieBases.get(domain));
	}

	public Set<String> domains() {
		return kieBases.keySet();
	}

	public List<RuleInfo> catalogue(String domain) {
		return catalogue.stream().filter(rule -> rule.domain().equals(domain)).toList();
	}

}
