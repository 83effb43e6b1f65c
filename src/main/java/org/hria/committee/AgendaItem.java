package org.hria.committee;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One recommendation on a meeting's agenda, in order. */
@Entity
@Table(name = "agenda_item")
class AgendaItem {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	Long id;

	@Column(name = "meeting_id")
	Long meetingId;

	@Column(name = "recommendation_id")
	Long recommendationId;

	@Column(name = "item_order")
	int order;

	@Column(name = "scheduled_at")
	Instant scheduledAt;

	protected AgendaItem() {
	}

	AgendaItem(long meetingId, long recommendationId, int order) {
		this.meetingId = meetingId;
		this.recommendationId = recommendationId;
		this.order = order;
		this.scheduledAt = Instant.now();
	}

}
