package org.hria.rules;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One rule file becoming active (or being removed): who, when, which file, which content. */
@Entity
@Table(name = "rule_activation")
public class RuleActivation {

	static final String REMOVED = "removed";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "activated_at", nullable = false)
	private Instant activatedAt;

	@Column(name = "actor", nullable = false)
	private String actor;

	@Column(name = "action", nullable = false)
	private String action;

	@Column(name = "file", nullable = false)
	private String file;

	@Column(name = "checksum", nullable = false)
	private String checksum;

	@Column(name = "rule_set_version", nullable = false)
	private String ruleSetVersion;

	protected RuleActivation() {
	}

	RuleActivation(String actor, String action, String file, String checksum, String ruleSetVersion) {
		this.activatedAt = Instant.now();
		this.actor = actor;
		this.action = action;
		this.file = file;
		this.checksum = checksum;
		this.ruleSetVersion = ruleSetVersion;
	}

	public Long getId() {
		return id;
	}

	public Instant getActivatedAt() {
		return activatedAt;
	}

	public String getActor() {
		return actor;
	}

	public String getAction() {
		return action;
	}

	public String getFile() {
		return file;
	}

	public String getChecksum() {
		return checksum;
	}

	public String getRuleSetVersion() {
		return ruleSetVersion;
	}

}
