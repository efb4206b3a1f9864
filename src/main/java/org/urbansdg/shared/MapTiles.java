package org.urbansdg.shared;

import java.net.URI;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * A small static map for a place: one tile from the tile server an operator configured
 * ({@code urbansdg.web.map-tile-url}, e.g. {@code https://tiles.example.org/{z}/{x}/{y}.png}) with the place marked.
 * No script and no third-party request unless an operator asks for it; without a tile server pages link to a map
 * service instead.
 */
@Component("mapTiles")
class MapTiles {

	static final int ZOOM = 12;

	static final int TILE = 256;

	/** The tile's address and where the place lies on it, in pixels. */
	public record View(String tileUrl, int x, int y) {
	}

	private final WebSettings settings;

	MapTiles(WebSettings settings) {
		this.settings = settings;
	}

	public Optional<View> view(Double latitude, Double longitude) {
		if (settings.mapTileUrl().isBlank() || latitude == null || longitude == null) {
			return Optional.empty();
		}
		double n = Math.pow(2, ZOOM);
		double x = (longitude + 180) / 360 * n;
		double lat = Math.toRadians(latitude);
		double y = (1 - Math.log(Math.tan(lat) + 1 / Math.cos(lat)) / Math.PI) / 2 * n;
		int tileX = (int) Math.floor(x);
		int tileY = (int) Math.floor(y);
		String url = settings.mapTileUrl()
			.replace("{z}", String.valueOf(ZOOM))
			.replace("{x}", String.valueOf(tileX))
			.replace("{y}", String.valueOf(tileY));
		return Optional.of(new View(url, (int) ((x - tileX) * TILE), (int) ((y - tileY) * TILE)));
	}

	/** The tile server's origin, which the Content Security Policy must allow images from; empty if none. */
	String origin() {
		if (settings.mapTileUrl().isBlank()) {
			return "";
		}
		URI uri = URI.create(settings.mapTileUrl().replaceAll("[{}]", ""));
		return uri.getScheme() + "://" + uri.getAuthority();
	}
}
