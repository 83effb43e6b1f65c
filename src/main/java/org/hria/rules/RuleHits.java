package org.hria.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;

/**
 * The collector every rule file declares as {@code global org.hria.rules.RuleHits hits;}. A
 * consequence calls {@code hits.add(kcontext, $fact, "key", value, ...)}.
 */
public final class RuleHits {

	private final List<RuleHit> hits = new ArrayList<>();

	/** One evaluation fires the same rules many times (a survey of 10,000 facilities: 111,000 hits). */
	private final Map<Rule, RuleInfo> infoByRule = new IdentityHashMap<>();

	public void add(RuleContext context, Object subject, Object... keyValues) {
		add(context.getRule(), subject, keyValues);
	}

	/** A hit in the name of {@code rule}, which need not be the rule firing: a data row checked by a generic rule. */
	public void add(Rule rule, Object subject, Object... keyValues) {
		RuleInfo info = infoByRule.computeIfAbsent(rule, r -> RuleInfo.of(null, r.getName(), null, r.getMetaData()));
		hits.add(new RuleHit(info.id(), info.name(), info.severity(), info.basis(), info.status(), subject,
				details(keyValues)));
	}

	public List<RuleHit> asList() {
		return Collections.unmodifiableList(hits);
	}

	private static Map<String, Object> details(Object[] keyValues) {
		if (keyValues.length % 2 != 0) {
			throw new IllegalArgumentException("details come as key, value pairs");
		}
		Map<String, Object> details = new LinkedHashMap<>();
		for (int i = 0; i < keyValues.length; i += 2) {
			details.put(String.valueOf(keyValues[i]), keyValues[i + 1]);
		}
		return details;
	}

}
