package org.hria.committee;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

/**
 * The committee's decision on one agenda item: ADOPTED, REJECTED or DEFERRED. An adoption keeps the
 * draft it was asked to adopt next to the adopted text, so the difference can always be shown.
 */
@Entity
@Table(name = "committee_decision")
class Decision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	Long id;

	@Column(name = "agenda_item_id")
	Long agendaItemId;

	String outcome;

	@Column(name = "decision_date")
	LocalDate date;

	@Column(name = "votes_for")
	Integer votesFor;

	@Column(name = "votes_against")
	Integer votesAgainst;

	Integer abstentions;

	@Column(name = "members_present")
	Integer membersPresent;

	@Column(name = "draft_text")
	String draftText;

	@Column(name = "adopted_text")
	String adoptedText;

	String reason;

	@Column(name = "recorded_at")
	Instant recordedAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "decision_recusal", joinColumns = @JoinColumn(name = "decision_id"))
	List<Recusal> recusals = new ArrayList<>();

	/** The members present, when the secretary named them (older decisions hold only the count). */
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "decision_present_member", joinColumns = @JoinColumn(name = "decision_id"))
	@Column(name = "member_id")
	Set<Long> presentMemberIds = new TreeSet<>();

	protected Decision() {
	}

	Decision(long agendaItemId, String outcome) {
		this.agendaItemId = agendaItemId;
		this.outcome = outcome;
		this.recordedAt = Instant.now();
	}

	/** A member who took no part in the vote, and why. */
	@Embeddable
	record Recusal(@Column(name = "member_id") Long memberId, String reason) {
	}

}
