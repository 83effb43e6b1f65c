package org.hria.ordinance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * Every lexicon row of the loaded ordinance rules, compiled once per rule-set version: literals
 * and regex triggers of a language go into one Aho-Corasick automaton so a draft is scanned once.
 * Also keeps each rule's metadata (category, remedy, message...) for building findings.
 */
final class Lexicon {

	private final Map<String, Language> languages = new HashMap<>();

	private final Map<String, Map<String, Object>> metadataByRuleName = new HashMap<>();

	private final Map<String, List<Finding.LegalBasis>> bases = new ConcurrentHashMap<>();

	private Optional<Set<String>> sentenceKeys = Optional.empty();

	private final Map<String, RuleText> texts = new ConcurrentHashMap<>();

	/** What a rule's findings say, read from its metadata once. */
	record RuleText(String category, String message, String remedy, String source, double confidence) {

		static RuleText of(Map<String, Object> metadata) {
			String confidence = LexiconEntry.text(metadata.get("confidence"));
			return new RuleText(LexiconEntry.text(metadata.get("category")), LexiconEntry.text(metadata.get("message")),
					LexiconEntry.text(metadata.get("remedy")), LexiconEntry.text(metadata.get("source")),
					confidence == null ? 0.8 : Double.parseDouble(confidence));
		}

	}

	/** The compiled rows of one language. */
	record Language(AhoCorasick<LexiconEntry> automaton, List<LexiconEntry> untriggered) {
	}

	static Lexicon of(KieBase kieBase) {
		Lexicon lexicon = new Lexicon();
		Map<String, Map<String, List<LexiconEntry>>> literals = new HashMap<>();
		Map<String, List<LexiconEntry>> untriggered = new HashMap<>();
		Map<String, java.util.regex.Pattern> patterns = new HashMap<>();
		for (KiePackage pkg : kieBase.getKiePackages()) {
			for (Rule rule : pkg.getRules()) {
				Map<String, Object> metadata = rule.getMetaData();
				lexicon.metadataByRuleName.put(rule.getName(), metadata);
				if (metadata.get("pattern") == null) {
					continue;
				}
				LexiconEntry entry = LexiconEntry.fromMetadata(metadata, patterns);
				List<String> words = entry.literal() != null ? List.of(entry.literal()) : entry.triggers();
				if (words.isEmpty()) {
					untriggered.computeIfAbsent(entry.lang(), k -> new ArrayList<>()).add(entry);
				}
				for (String word : words) {
					literals.computeIfAbsent(entry.lang(), k -> new LinkedHashMap<>())
						.computeIfAbsent(word, k -> new ArrayList<>())
						.add(entry);
				}
			}
		}
		lexicon.sentenceKeys = SentenceKeys.of(kieBase);
		for (String lang : List.of("ko", "en")) {
			lexicon.languages.put(lang, new Language(new AhoCorasick<>(literals.getOrDefault(lang, Map.of())),
					untriggered.getOrDefault(lang, List.of())));
		}
		return lexicon;
	}

	Language language(String lang) {
		return languages.get(lang);
	}

	/** The parsed basis of a rule (a handful of distinct strings per rule set, parsed once). */
	List<Finding.LegalBasis> bases(String basis) {
		return basis == null ? LegalBases.parse(null) : bases.computeIfAbsent(basis, LegalBases::parse);
	}

	/** The keys a sentence needs one of for a sentence rule to apply ({@link SentenceKeys}); empty: check every sentence. */
	Optional<Set<String>> sentenceKeys() {
		return sentenceKeys;
	}

	RuleText text(String ruleName) {
		return texts.computeIfAbsent(ruleName, name -> RuleText.of(metadata(name)));
	}

	Map<String, Object> metadata(String ruleName) {
		return metadataByRuleName.getOrDefault(ruleName, Map.of());
	}

}
