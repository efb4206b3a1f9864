package org.urbansdg.training;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface TrainingDocumentRepository extends JpaRepository<TrainingDocument, Long> {

	/** Lists without the bytes would need a projection; documents are few per application, so this stays simple. */
	List<TrainingDocument> findByApplicationIdOrderByIdAsc(long applicationId);
}
