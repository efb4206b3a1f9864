package org.urbansdg.member;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "city")
public class City {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	private String countryCode;

	private Double latitude;

	private Double longitude;

	private Long population;

	protected City() {
	}

	City(String name, String countryCode, Double latitude, Double longitude, Long population) {
		this.name = name;
		this.countryCode = countryCode;
		this.latitude = latitude;
		this.longitude = longitude;
		this.population = population;
	}

	public Long getId() {
		return id;
	}

	public String getName() {
		return name;
	}

	public String getCountryCode() {
		return countryCode;
	}

	public Double getLatitude() {
		return latitude;
	}

	public Double getLongitude() {
		return longitude;
	}

	public Long getPopulation() {
		return population;
	}

	public boolean hasLocation() {
		return latitude != null && longitude != null;
	}
}
