package org.hria.ordinance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

class SentenceKeysTests {

	private static final AtomicInteger MODULES = new AtomicInteger();

	private static final String HEADER = """
			package rules.test;
			import org.hria.ordinance.ClauseFact;
			import org.hria.ordinance.ArticleFact;
			import java.util.List;
			""";

	@Test
	void takesTheFirstKeyEachSentenceRuleAsksFor() {
		KieBase rules = compile("""
				rule "a" when ClauseFact(lang == "ko", has("A/ground"), has("A/context"), !has("A/suppress")) then end
				rule "b" when ClauseFact(has("B/one|B/two")) then end
				rule "c" when exists ClauseFact(has("C/x")) then end
				rule "d" when ArticleFact(has("D/title")) then end
				""");
		assertThat(SentenceKeys.of(rules)).hasValueSatisfying(
				keys -> assertThat(keys).containsExactlyInAnyOrder("A/ground", "B/one", "B/two", "C/x"));
	}

	@Test
	void checksEverySentenceWhenARuleAsksNoKeyOfASentence() {
		assertThat(SentenceKeys.of(compile("""
				rule "a" when ClauseFact(has("A/ground")) then end
				rule "b" when ClauseFact(!has("B/suppress")) then end
				"""))).isEmpty();
	}

	@Test
	void checksEverySentenceWhenFewerSentencesCouldMakeARuleFire() {
		assertThat(SentenceKeys.of(compile("""
				rule "a" when not ClauseFact(has("A/ground")) then end
				"""))).isEmpty();
		assertThat(SentenceKeys.of(compile("""
				rule "a" when $all : List() from collect(ClauseFact(has("A/ground"))) then end
				"""))).isEmpty();
	}

	private static KieBase compile(String rules) {
		KieServices services = KieServices.Factory.get();
		ReleaseId release = services.newReleaseId("org.hria.test", "sentence-keys", "1." + MODULES.incrementAndGet());
		KieFileSystem files = services.newKieFileSystem()
			.generateAndWritePomXML(release)
			.write("src/main/resources/rules/test.drl", HEADER + rules);
		KieBuilder builder = services.newKieBuilder(files).buildAll();
		assertThat(builder.getResults().getMessages(Message.Level.ERROR)).isEmpty();
		KieBase kieBase = services.newKieContainer(release).getKieBase();
		services.getRepository().removeKieModule(release);
		return kieBase;
	}

}
