package org.hria.recommendation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A recommendation. Its stored state runs up to ROUTED (or a terminal state); after that the
 * lifecycle belongs to its assignments. Fields are package-private: only this package writes them.
 */
@Entity
@Table(name = "recommendation")
class Recommendation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	Long id;

	@Column(name = "ref_no")
	String refNo;

	@Enumerated(EnumType.STRING)
	State state = State.DRAFT;

	String title;

	@Column(name = "body")
	String text;

	@Column(name = "adopted_text")
	String adoptedText;

	@Column(name = "public_summary")
	String publicSummary;

	boolean published;

	@Column(name = "proposed_addressees")
	String proposedAddressees;

	String priority;

	@Column(name = "priority_reason")
	String priorityReason;

	@Column(name = "deadline_rule_id")
	String deadlineRuleId;

	@Column(name = "priority_score")
	java.math.BigDecimal priorityScore;

	@Column(name = "priority_computed")
	String priorityComputed;

	@Column(name = "priority_parts")
	String priorityParts;

	@Column(name = "reach_people")
	Integer reachPeople;

	@Column(name = "event_date")
	LocalDate eventDate;

	@Column(name = "event_name")
	String eventName;

	@Column(name = "meeting_id")
	String meetingId;

	@Column(name = "decided_at")
	LocalDate decidedAt;

	@Column(name = "votes_for")
	Integer votesFor;

	@Column(name = "votes_against")
	Integer votesAgainst;

	Integer abstentions;

	@Column(name = "members_present")
	Integer membersPresent;

	String recusals;

	@Column(name = "state_reason_code")
	String stateReasonCode;

	@Column(name = "state_reason")
	String stateReason;

	@Column(name = "merged_into")
	Long mergedInto;

	Long supersedes;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "recommendation_theme", joinColumns = @JoinColumn(name = "recommendation_id"))
	@Column(name = "code")
	Set<String> themes = new TreeSet<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "recommendation_target_group", joinColumns = @JoinColumn(name = "recommendation_id"))
	@Column(name = "code")
	Set<String> targetGroups = new TreeSet<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "recommendation_sdg_target", joinColumns = @JoinColumn(name = "recommendation_id"))
	@Column(name = "code")
	Set<String> sdgTargets = new TreeSet<>();

	@Column(name = "created_by")
	String createdBy;

	@Column(name = "created_at")
	Instant createdAt;

	@Version
	long version;

	protected Recommendation() {
	}

	Recommendation(String title, String text, String createdBy) {
		this.title = title;
		this.text = text;
		this.createdBy = createdBy;
		this.createdAt = Instant.now();
	}

	/** What the audit trail records before and after a change. */
	Map<String, Object> snapshot() {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("state", state.name());
		map.put("title", title);
		map.put("text", text);
		map.put("adoptedText", adoptedText);
		map.put("themes", String.join(",", themes));
		map.put("targetGroups", String.join(",", targetGroups));
		map.put("sdgTargets", String.join(",", sdgTargets));
		map.put("priority", priority);
		map.put("priorityReason", priorityReason);
		map.put("priorityComputed", priorityComputed);
		map.put("reachPeople", reachPeople);
		map.put("eventDate", eventDate == null ? null : eventDate.toString());
		map.put("eventName", eventName);
		map.put("proposedAddressees", proposedAddressees);
		map.put("deadlineRuleId", deadlineRuleId);
		map.put("meetingId", meetingId);
		map.put("mergedInto", mergedInto);
		map.put("reasonCode", stateReasonCode);
		map.put("reason", stateReason);
		map.put("published", published);
		return map;
	}

}
