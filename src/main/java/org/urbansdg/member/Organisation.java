package org.urbansdg.member;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A member (or prospective member) of the network: a city government, an NGO, a company, a research centre. */
@Entity
@Table(name = "organisation")
public class Organisation {

	public enum Type {
		LOCAL_GOVERNMENT, NGO, PRIVATE_COMPANY, RESEARCH_CENTRE, NATIONAL_CHAPTER
	}

	public enum Membership {
		ACTIVE, PENDING, LAPSED
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	@Enumerated(EnumType.STRING)
	private Type type;

	private String countryCode;

	@ManyToOne
	private City city;

	@Enumerated(EnumType.STRING)
	private Membership membership;

	private String website;

	private Instant createdAt;

	protected Organisation() {
	}

	Organisation(String name, Type type, String countryCode, City city, Membership membership, String website) {
		this.name = name;
		this.type = type;
		this.countryCode = countryCode;
		this.city = city;
		this.membership = membership;
		this.website = website;
		this.createdAt = Instant.now();
	}

	void update(String name, Type type, String countryCode, City city, Membership membership, String website) {
		this.name = name;
		this.type = type;
		this.countryCode = countryCode;
		this.city = city;
		this.membership = membership;
		this.website = website;
	}

	public Long getId() {
		return id;
	}

	public String getName() {
		return name;
	}

	public Type getType() {
		return type;
	}

	public String getCountryCode() {
		return countryCode;
	}

	public City getCity() {
		return city;
	}

	public Membership getMembership() {
		return membership;
	}

	public String getWebsite() {
		return website;
	}

	public boolean isInGoodStanding() {
		return membership == Membership.ACTIVE;
	}
}
