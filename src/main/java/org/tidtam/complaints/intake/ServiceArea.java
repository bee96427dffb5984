package org.tidtam.complaints.intake;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The organisation's area as a centre and a radius: a shared location farther away is accepted and
 * flagged (the citizen may be reporting for a neighbour, or the office forwards it). No centre, no flag.
 */
@Component
public class ServiceArea {

	private final Double latitude;

	private final Double longitude;

	private final double radiusKm;

	public ServiceArea(@Value("${tidtam.complaints.area.latitude:#{null}}") Double latitude,
			@Value("${tidtam.complaints.area.longitude:#{null}}") Double longitude,
			@Value("${tidtam.complaints.area.radius-km:15}") double radiusKm) {
		this.latitude = latitude;
		this.longitude = longitude;
		this.radiusKm = radiusKm;
	}

	public boolean outside(double lat, double lon) {
		if (this.latitude == null || this.longitude == null) {
			return false;
		}
		double dLat = Math.toRadians(lat - this.latitude);
		double dLon = Math.toRadians(lon - this.longitude);
		double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(this.latitude))
				* Math.cos(Math.toRadians(lat)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
		double km = 6371.0 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
		return km > this.radiusKm;
	}

}
