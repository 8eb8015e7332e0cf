package org.accord.referral.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.accord.referral.ReferralDeadlines;
import org.accord.referral.ReferralSettings;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The deadline check as a db-scheduler recurring task. Every node runs a scheduler, and the task's one row in
 * {@code scheduled_tasks} is picked by a single node at a time; the next run is due an interval after the last
 * one ends, and a run due while every node was down happens as soon as one starts. {@link ReferralDeadlines}
 * claims each referral as well, so even two checks at once would nudge and escalate it only once.
 */
@Configuration(proxyBeanMethods = false)
class ReferralDeadlineJob {

	static final String TASK = "referral-deadlines";

	@Bean
	RecurringTask<Void> referralDeadlineTask(ReferralDeadlines deadlines, ReferralSettings settings) {
		return Tasks.recurring(TASK, FixedDelay.of(settings.deadlineCheckInterval()))
			.execute((instance, context) -> deadlines.check());
	}

}
