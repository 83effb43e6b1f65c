/** The city's human rights committee: members, meetings, agendas, decisions with votes and recusals, and the agenda papers. */
package org.hria.committee;
