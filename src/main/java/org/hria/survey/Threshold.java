package org.hria.survey;

import java.util.Map;

import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;

/**
 * One threshold row of a profile's table as a fact: the row's rule inserts it at the start of a
 * check, and one rule compares every facility with the rows of its profile and kind. A row's
 * findings keep the row's id, severity, basis and status.
 */
public final class Threshold {

	private final Rule rule;

	private final String criterion;

	private final Limit limit;

	private final String profile;

	private final String kinds;

	private final String onlyWhen;

	private Threshold(Rule rule, String criterion, Limit limit, String profile, String kinds, String onlyWhen) {
		this.rule = rule;
		this.criterion = criterion;
		this.limit = limit;
		this.profile = profile;
		this.kinds = kinds;
		this.onlyWhen = onlyWhen;
	}

	/** The row of the rule that fired: its criterion, limit, profile, kinds and condition are its metadata. */
	public static Threshold of(RuleContext context) {
		Rule rule = context.getRule();
		Map<String, Object> meta = rule.getMetaData();
		return new Threshold(rule, Failure.text(meta.get("criterion")), Limit.of(Failure.text(meta.get("limit"))),
				Failure.text(meta.get("profile")), Failure.text(meta.get("kinds")), Failure.text(meta.get("onlyWhen")));
	}

	public String getCriterion() {
		return criterion;
	}

	public Limit getLimit() {
		return limit;
	}

	public String getProfile() {
		return profile;
	}

	public String getKinds() {
		return kinds;
	}

	public String getOnlyWhen() {
		return onlyWhen;
	}

	Rule rule() {
		return rule;
	}

}
