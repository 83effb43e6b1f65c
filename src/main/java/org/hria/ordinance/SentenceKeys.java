package org.hria.ordinance;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;

import org.drools.base.base.ClassObjectType;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.GroupElement;
import org.drools.base.rule.Pattern;
import org.drools.base.rule.RuleConditionElement;
import org.drools.base.rule.constraint.Constraint;
import org.drools.mvel.MVELConstraint;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * The keys a sentence needs one of for any sentence rule to apply. Every pattern on
 * {@link ClauseFact} asks {@code has("key")} (or {@code has("a|b")}) of it, so a sentence with none of
 * those keys can match no rule and is not handed to the engine (most sentences of a draft are not).
 * Read from the compiled rules. Empty, so every sentence is checked, when a sentence pattern asks
 * for no key or stands where fewer sentences would change the result: under {@code not} or
 * {@code forall}, or as the source of an {@code accumulate} or {@code collect}.
 */
final class SentenceKeys {

	private static final java.util.regex.Pattern HAS = java.util.regex.Pattern.compile("has\\(\"([^\"]+)\"\\)");

	private SentenceKeys() {
	}

	static Optional<Set<String>> of(KieBase kieBase) {
		Set<String> keys = new HashSet<>();
		for (KiePackage pkg : kieBase.getKiePackages()) {
			for (Rule rule : pkg.getRules()) {
				if (!(rule instanceof RuleImpl impl) || !collect(impl.getLhs(), false, keys)) {
					return Optional.empty();
				}
			}
		}
		return Optional.of(Set.copyOf(keys));
	}

	/** False when the sentences a part needs cannot be told from its positive keys. */
	private static boolean collect(RuleConditionElement element, boolean unsafe, Set<String> keys) {
		if (element instanceof Pattern pattern && aboutSentences(pattern)) {
			return !unsafe && pattern.getSource() == null && askedKeys(pattern.getConstraints(), keys);
		}
		boolean plainGroup = element instanceof GroupElement group && !group.isNot();
		for (RuleConditionElement nested : element.getNestedElements()) {
			if (!collect(nested, unsafe || !plainGroup, keys)) {
				return false;
			}
		}
		return true;
	}

	private static boolean aboutSentences(Pattern pattern) {
		return pattern.getObjectType() instanceof ClassObjectType type && ClauseFact.class.isAssignableFrom(type.getClassType());
	}

	/**
	 * Adds the keys of the pattern's first positive {@code has(...)}, one of which a sentence must
	 * have to match it; false when it has none.
	 */
	private static boolean askedKeys(List<Constraint> constraints, Set<String> keys) {
		for (Constraint constraint : constraints) {
			Matcher m = constraint instanceof MVELConstraint mvel ? HAS.matcher(mvel.getExpression().strip()) : null;
			if (m != null && m.matches()) {
				keys.addAll(List.of(m.group(1).split("\\|")));
				return true;
			}
		}
		return false;
	}

}
