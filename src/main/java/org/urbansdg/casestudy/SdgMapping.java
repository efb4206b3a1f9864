package org.urbansdg.casestudy;

import java.util.Set;

import org.urbansdg.sdg.Target;
import org.urbansdg.sdg.Theme;
import org.urbansdg.shared.DomainException;

/** The SDG targets a case contributes to, the one it contributes to most among them, and its themes. */
record SdgMapping(Target primary, Set<Target> targets, Set<Theme> themes) {

	/** @throws DomainException {@code case.primaryTargetRequired} unless the primary target is among the targets */
	SdgMapping {
		if (primary == null || !targets.contains(primary)) {
			throw new DomainException("case.primaryTargetRequired");
		}
		targets = Set.copyOf(targets);
		themes = Set.copyOf(themes);
	}
}
