package org.urbansdg.learning;

import java.util.Collections;
import java.util.List;
import java.util.function.ObjIntConsumer;

/** Ordering of modules, lessons and questions: moving one place and numbering from 1 without gaps. */
final class Positions {

	private Positions() {
	}

	static <T> void move(List<T> list, T item, int delta) {
		int from = list.indexOf(item);
		int to = from + Integer.signum(delta);
		if (from < 0 || to < 0 || to >= list.size()) {
			return;
		}
		Collections.swap(list, from, to);
	}

	static <T> void renumber(List<T> list, ObjIntConsumer<T> placeAt) {
		for (int i = 0; i < list.size(); i++) {
			placeAt.accept(list.get(i), i + 1);
		}
	}
}
