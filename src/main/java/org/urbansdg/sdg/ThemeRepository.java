package org.urbansdg.sdg;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ThemeRepository extends JpaRepository<Theme, String> {

	List<Theme> findByActiveTrueOrderByPosition();

	List<Theme> findAllByOrderByPosition();
}
