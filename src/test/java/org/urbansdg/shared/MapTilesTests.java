package org.urbansdg.shared;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MapTilesTests {

	@Test
	void placesSeoulOnItsTileAtZoomTwelve() {
		MapTiles maps = new MapTiles(new WebSettings(List.of(Locale.ENGLISH), "https://tiles.example.org/{z}/{x}/{y}.png"));
		MapTiles.View view = maps.view(37.5665, 126.9780).orElseThrow();
		assertThat(view.tileUrl()).isEqualTo("https://tiles.example.org/12/3492/1586.png");
		assertThat(view.x()).isBetween(0, 255);
		assertThat(view.y()).isBetween(0, 255);
		assertThat(maps.origin()).isEqualTo("https://tiles.example.org");
	}

	@Test
	void noMapWithoutATileServer() {
		MapTiles maps = new MapTiles(new WebSettings(List.of(Locale.ENGLISH), ""));
		assertThat(maps.view(37.5665, 126.9780)).isEmpty();
		assertThat(maps.origin()).isEmpty();
	}
}
