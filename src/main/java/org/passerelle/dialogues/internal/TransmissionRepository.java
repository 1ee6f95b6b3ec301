package org.passerelle.dialogues.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface TransmissionRepository extends JpaRepository<Transmission, Long> {

	List<Transmission> findByPositionIdOrderByTransmittedOnAscIdAsc(long positionId);

	boolean existsByPositionId(long positionId);

}
