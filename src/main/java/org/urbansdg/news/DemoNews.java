package org.urbansdg.news;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.urbansdg.account.Accounts;
import org.urbansdg.member.Members;
import org.urbansdg.member.Organisation;
import org.urbansdg.shared.DemoContent;

/**
 * The demo news posts, dated in days before the demo starts (a negative number schedules the post). Loaded once into
 * an empty news table, after the organisations the calendar's demo loader adds.
 */
@Component
@Profile("demo")
@Order(40)
class DemoNews implements ApplicationRunner {

	private final NewsPostRepository posts;

	private final News news;

	private final Members members;

	private final Accounts accounts;

	private final DemoContent demo;

	DemoNews(NewsPostRepository posts, News news, Members members, Accounts accounts, DemoContent demo) {
		this.posts = posts;
		this.news = news;
		this.members = members;
		this.accounts = accounts;
		this.demo = demo;
	}

	@Override
	@Transactional
	@SuppressWarnings("unchecked")
	public void run(ApplicationArguments args) {
		if (posts.count() > 0) {
			return;
		}
		long author = accounts.actor("secretariat@demo.urbansdg.org").orElseThrow().userId();
		Instant now = news.now();
		for (Map<String, Object> m : demo.section("news")) {
			Set<Organisation> organisations = new LinkedHashSet<>();
			for (String name : (List<String>) m.getOrDefault("organisations", List.of())) {
				organisations.add(members.organisationNamed(name)
					.orElseThrow(() -> new IllegalStateException("Demo news names an unknown organisation: " + name)));
			}
			NewsPost.Content content = new NewsPost.Content((String) m.get("title"), (String) m.get("summary"),
					((String) m.get("body")).strip(), null, new TreeSet<>((List<String>) m.get("tags")),
					new TreeSet<>((List<Integer>) m.getOrDefault("goals", List.of())), organisations, Set.of(),
					Set.of());
			Instant at = now.minus(Duration.ofDays(((Number) m.get("publishedDaysAgo")).longValue()))
				.minus(Duration.ofHours(2));
			news.save(null, author, content, at, null);
		}
	}
}
