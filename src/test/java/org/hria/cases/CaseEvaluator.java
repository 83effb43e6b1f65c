package org.hria.cases;

import java.nio.file.Path;

/**
 * Runs the input of one test-case folder of a domain through that domain's real code path.
 * Each domain provides one as a Spring bean in its test package.
 */
public interface CaseEvaluator {

	String domain();

	CaseOutcome evaluate(Path caseDirectory) throws Exception;

}
