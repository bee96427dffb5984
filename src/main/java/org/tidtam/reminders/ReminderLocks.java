package org.tidtam.reminders;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.mongo.MongoLockProvider;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/** ShedLock in MongoDB (collection {@code shedLock}): one instance runs each reminder. */
@Configuration(proxyBeanMethods = false)
class ReminderLocks {

	@Bean
	LockProvider lockProvider(MongoTemplate mongo) {
		return new MongoLockProvider(mongo.getCollection("shedLock"));
	}

	@Bean
	LockingTaskExecutor lockingTaskExecutor(LockProvider locks) {
		return new DefaultLockingTaskExecutor(locks);
	}

}
