package org.urbansdg.search;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.ProgrammaticMappingConfigurationContext;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.TypeMappingStep;
import org.urbansdg.calendar.CalendarEvent;
import org.urbansdg.learning.Course;
import org.urbansdg.news.NewsPost;

/**
 * Maps news posts, events and courses to one index each, from here rather than with annotations in their modules:
 * those modules have no search of their own and must not depend on this one, and keeping the mapping beside the
 * queries that use it keeps the field names in one place. Every item is indexed; what the public may see is
 * filtered at query time ({@link ContentSearch}), because a scheduled news post becomes public by the clock alone.
 * Registered by {@code hibernate.search.mapping.configurer}. A renamed entity property fails the start-up.
 */
public class ContentMapping implements HibernateOrmSearchMappingConfigurer {

	@Override
	public void configure(HibernateOrmMappingConfigurationContext context) {
		ProgrammaticMappingConfigurationContext mapping = context.programmaticMapping();

		TypeMappingStep news = mapping.type(NewsPost.class);
		news.indexed().index("news_post");
		news.binder(new ContentTextBinder<>(NewsPost.class, List.of("title", "summary", "body"), p -> null,
				NewsPost::getTitle, p -> join(p.getSummary(), p.getBody())));
		news.property("released").genericField();
		news.property("publishedAt").genericField("date").sortable(Sortable.YES);

		TypeMappingStep events = mapping.type(CalendarEvent.class);
		events.indexed().index("calendar_event");
		events.binder(new ContentTextBinder<>(CalendarEvent.class,
				List.of("title", "description", "venue", "city", "language"), CalendarEvent::getLanguage,
				CalendarEvent::getTitle, e -> join(e.getDescription(), e.getVenue(), e.getCity())));
		events.property("startsAt").genericField("date").sortable(Sortable.YES);

		TypeMappingStep courses = mapping.type(Course.class);
		courses.indexed().index("course");
		courses.binder(new ContentTextBinder<>(Course.class, List.of("title", "summary", "language"),
				Course::getLanguage, Course::getTitle, Course::getSummary));
		courses.property("status").keywordField();
		courses.property("publishedAt").genericField("date").sortable(Sortable.YES);
	}

	private static String join(String... texts) {
		return Stream.of(texts).filter(Objects::nonNull).filter(s -> !s.isBlank()).collect(Collectors.joining("\n\n"));
	}
}
