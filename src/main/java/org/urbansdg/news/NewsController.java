package org.urbansdg.news;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.urbansdg.account.Accounts;
import org.urbansdg.account.Actor;
import org.urbansdg.shared.JsonLd;
import org.urbansdg.shared.Mailer;
import org.urbansdg.shared.NotFoundException;
import org.urbansdg.shared.RichText;

/** The news list, a tag's posts, a post's page with its cover, and the Atom feeds. */
@Controller
class NewsController {

	static final String LIST = "news/list";

	static final String POST = "news/post";

	static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

	private final News news;

	private final Accounts accounts;

	private final RichText richText;

	private final JsonLd jsonLd;

	private final Mailer mailer;

	private final AtomFeeds feeds;

	private final MessageSource messages;

	NewsController(News news, Accounts accounts, RichText richText, JsonLd jsonLd, Mailer mailer, AtomFeeds feeds,
			MessageSource messages) {
		this.news = news;
		this.accounts = accounts;
		this.richText = richText;
		this.jsonLd = jsonLd;
		this.mailer = mailer;
		this.feeds = feeds;
		this.messages = messages;
	}

	@GetMapping("/news")
	String list(@RequestParam(defaultValue = "1") int page, Model model) {
		model.addAttribute("page", news.page(page - 1));
		model.addAttribute("tag", null);
		return LIST;
	}

	@GetMapping("/news/tags/{tag}")
	String tagged(@PathVariable String tag, Model model) {
		List<NewsPost> posts = news.tagged(tag, 100);
		if (posts.isEmpty()) {
			throw new NotFoundException();
		}
		model.addAttribute("posts", posts);
		model.addAttribute("tag", tag);
		return LIST;
	}

	@GetMapping("/news/{id}")
	String show(@PathVariable long id, Actor actor, Model model) {
		NewsPost post = news.get(actor, id);
		String author = accounts.displayNames(Set.of(post.getAuthorId())).getOrDefault(post.getAuthorId(), "");
		model.addAttribute("post", post);
		model.addAttribute("body", richText.html(post.getBody()));
		model.addAttribute("author", author);
		model.addAttribute("status", post.status(news.now()));
		model.addAttribute("actor", actor);
		model.addAttribute("jsonLd", jsonLd.script(schema(post, author)));
		return POST;
	}

	private Map<String, Object> schema(NewsPost post, String author) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("@context", "https://schema.org");
		data.put("@type", "NewsArticle");
		data.put("headline", post.getTitle());
		data.put("description", post.getSummary());
		data.put("url", mailer.link("/news/" + post.getId()));
		if (post.getPublishedAt() != null) {
			data.put("datePublished", post.getPublishedAt().toString());
		}
		data.put("dateModified", post.getUpdatedAt().toString());
		data.put("author", Map.of("@type", "Person", "name", author));
		if (post.hasCover()) {
			data.put("image", List.of(mailer.link("/news/" + post.getId() + "/cover")));
		}
		data.put("keywords", List.copyOf(post.getTags()));
		return data;
	}

	@GetMapping("/news/{id}/cover")
	ResponseEntity<byte[]> cover(@PathVariable long id, Actor actor) {
		NewsPost post = news.get(actor, id);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(post.getCoverContentType() == null ? "application/octet-stream"
					: post.getCoverContentType()))
			.header("X-Content-Type-Options", "nosniff")
			.cacheControl(CacheControl.noCache())
			.body(news.cover(actor, id));
	}

	@GetMapping("/news/feed.atom")
	ResponseEntity<String> feed(Locale locale) {
		List<NewsPost> posts = news.latest(50);
		return atom(messages.getMessage("news.feed.title", null, locale), "/news", "/news/feed.atom", posts, locale);
	}

	@GetMapping("/news/tags/{tag}/feed.atom")
	ResponseEntity<String> tagFeed(@PathVariable String tag, Locale locale) {
		List<NewsPost> posts = news.tagged(tag, 50);
		if (posts.isEmpty()) {
			throw new NotFoundException();
		}
		String path = "/news/tags/" + org.springframework.web.util.UriUtils.encodePathSegment(tag, "UTF-8");
		return atom(messages.getMessage("news.feed.tagTitle", new Object[] { tag }, locale), path,
				path + "/feed.atom", posts, locale);
	}

	private ResponseEntity<String> atom(String title, String page, String self, List<NewsPost> posts, Locale locale) {
		Map<Long, String> authors = accounts
			.displayNames(posts.stream().map(NewsPost::getAuthorId).collect(Collectors.toSet()));
		String network = messages.getMessage("site.name", null, locale);
		return ResponseEntity.ok().contentType(ATOM).body(feeds.feed(title, page, self, posts, authors, network));
	}
}
