package org.urbansdg.news;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.urbansdg.account.Actor;
import org.urbansdg.shared.NotFoundException;
import org.urbansdg.shared.UploadCheck;

/** The news module's application service: what readers see, and the secretariat's writing and publishing. */
@Service
@Transactional(readOnly = true)
public class News {

	static final int PAGE_SIZE = 12;

	private final NewsPostRepository posts;

	private final CoverDataRepository covers;

	private final Clock clock;

	News(NewsPostRepository posts, CoverDataRepository covers, Optional<Clock> clock) {
		this.posts = posts;
		this.covers = covers;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/** The newest published posts, for the home page and the sitemap. */
	public List<NewsPost> latest(int limit) {
		return posts.findVisible(now(), PageRequest.of(0, limit)).getContent();
	}

	Page<NewsPost> page(int index) {
		return posts.findVisible(now(), PageRequest.of(Math.max(0, index), PAGE_SIZE));
	}

	List<NewsPost> tagged(String tag, int limit) {
		return posts.findVisibleTagged(tag, now(), PageRequest.of(0, limit)).getContent();
	}

	/** @throws NotFoundException for drafts and scheduled posts, unless the actor is the secretariat */
	NewsPost get(Actor actor, long id) {
		return posts.findById(id)
			.filter(p -> p.isVisible(now()) || (actor != null && actor.isSecretariat()))
			.orElseThrow(NotFoundException::new);
	}

	byte[] cover(Actor actor, long id) {
		NewsPost post = get(actor, id);
		if (!post.hasCover()) {
			throw new NotFoundException();
		}
		return covers.findById(id).orElseThrow(NotFoundException::new).getContent();
	}

	List<NewsPost> all() {
		return posts.findAllByOrderByUpdatedAtDesc();
	}

	/**
	 * Saves a new post or changes one, then releases it at {@code publishAt} or keeps it a draft.
	 * @param publishAt null keeps or makes the post a draft
	 */
	@Transactional
	NewsPost save(Long id, long authorId, NewsPost.Content content, Instant publishAt,
			UploadCheck.CheckedFile cover) {
		Instant now = now();
		NewsPost post;
		if (id == null) {
			post = posts.save(new NewsPost(authorId, content, now));
		}
		else {
			post = posts.findById(id).orElseThrow(NotFoundException::new);
			post.write(content, now);
		}
		if (publishAt == null) {
			post.withdraw(now);
		}
		else {
			post.release(publishAt, now);
		}
		if (cover != null) {
			post.coverWith(cover.contentType(), now);
			posts.flush();
			CoverData data = covers.findById(post.getId()).orElse(null);
			if (data == null) {
				covers.save(new CoverData(post.getId(), cover.content()));
			}
			else {
				data.replace(cover.content());
			}
		}
		return post;
	}

	Instant now() {
		return clock.instant();
	}
}
