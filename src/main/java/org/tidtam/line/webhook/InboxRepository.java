package org.tidtam.line.webhook;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface InboxRepository extends MongoRepository<InboxEvent, String> {

	Page<InboxEvent> findAllByOrderByReceivedAtDesc(Pageable pageable);

	Page<InboxEvent> findByStateOrderByReceivedAtDesc(InboxEvent.State state, Pageable pageable);

	long countByState(InboxEvent.State state);

	List<InboxEvent> findByChatKeyOrderBySequenceAsc(String chatKey);

}
