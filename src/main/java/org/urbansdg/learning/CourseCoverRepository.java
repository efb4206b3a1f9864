package org.urbansdg.learning;

import org.springframework.data.jpa.repository.JpaRepository;

interface CourseCoverRepository extends JpaRepository<CourseCover, Long> {
}
