package org.urbansdg.news;

import org.springframework.data.jpa.repository.JpaRepository;

interface CoverDataRepository extends JpaRepository<CoverData, Long> {
}
