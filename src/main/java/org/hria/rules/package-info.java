/** The rule engine: loads the rule files under the rules directory into one Drools KieBase per domain and evaluates facts against them. */
package org.hria.rules;
