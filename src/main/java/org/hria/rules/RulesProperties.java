package org.hria.rules;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the rule files live and how often an instance looks for changes made by another
 * instance sharing the same directory.
 */
@ConfigurationProperties("hria")
record RulesProperties(@DefaultValue("./rules") Path rulesDir, @DefaultValue("10s") Duration rulesPoll) {
}
