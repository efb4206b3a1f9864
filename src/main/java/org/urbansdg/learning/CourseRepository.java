package org.urbansdg.learning;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CourseRepository extends JpaRepository<Course, Long> {

	List<Course> findByStatusOrderByPublishedAtDesc(Course.Status status);

	List<Course> findAllByOrderByIdDesc();

	boolean existsByTitle(String title);
}
