package org.urbansdg.casestudy;

import org.hibernate.search.mapper.pojo.bridge.RoutingBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.RoutingBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.RoutingBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.RoutingBridgeRouteContext;
import org.hibernate.search.mapper.pojo.route.DocumentRoutes;

/**
 * Only published cases are in the search index: every search asks for published cases only, so drafts, cases under
 * review and archived ones would be work for every full reindex (a tenth of the cases) and text in the index that
 * nobody may find. A case leaves the index when it stops being published, and enters it when it is published.
 */
public class PublishedOnly implements RoutingBinder {

	@Override
	public void bind(RoutingBindingContext context) {
		context.dependencies().use("status");
		context.bridge(CaseStudy.class, new Bridge());
	}

	private static final class Bridge implements RoutingBridge<CaseStudy> {

		@Override
		public void route(DocumentRoutes routes, Object entityIdentifier, CaseStudy c, RoutingBridgeRouteContext context) {
			if (c.getStatus() == CaseStatus.PUBLISHED) {
				routes.addRoute();
			}
			else {
				routes.notIndexed();
			}
		}

		@Override
		public void previousRoutes(DocumentRoutes routes, Object entityIdentifier, CaseStudy c,
				RoutingBridgeRouteContext context) {
			// It may have been published, hence indexed, before this change: the document to delete or replace.
			routes.addRoute();
		}
	}
}
