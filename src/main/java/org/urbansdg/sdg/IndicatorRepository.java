package org.urbansdg.sdg;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface IndicatorRepository extends JpaRepository<Indicator, String> {

	List<Indicator> findByTargetCodeOrderByPosition(String targetCode);
}
