package org.hria.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** How repeated failed logins are slowed down: after {@code maxFailures} in a row the account waits {@code lockFor}. */
@ConfigurationProperties("hria.login")
record AccountProperties(@DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration lockFor) {
}
