package org.urbansdg.news;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface NewsPostRepository extends JpaRepository<NewsPost, Long> {

	@Query("select p from NewsPost p where p.released = true and p.publishedAt <= :now order by p.publishedAt desc, p.id desc")
	Page<NewsPost> findVisible(Instant now, Pageable page);

	@Query("""
			select p from NewsPost p join p.tags t where p.released = true and p.publishedAt <= :now and t = :tag
			order by p.publishedAt desc, p.id desc""")
	Page<NewsPost> findVisibleTagged(String tag, Instant now, Pageable page);

	List<NewsPost> findAllByOrderByUpdatedAtDesc();
}
