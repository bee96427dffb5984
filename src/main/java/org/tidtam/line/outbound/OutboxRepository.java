package org.tidtam.line.outbound;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface OutboxRepository extends MongoRepository<OutboxMessage, String> {

	Page<OutboxMessage> findAllByOrderByCreatedAtDesc(Pageable pageable);

	Page<OutboxMessage> findByStateOrderByCreatedAtDesc(OutboxMessage.State state, Pageable pageable);

	long countByState(OutboxMessage.State state);

}
