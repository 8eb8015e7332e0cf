package org.accord.platform;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Scheduled jobs run on every node; each job takes a database lock so only one node does the work. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "accord.scheduling.enabled", havingValue = "true", matchIfMissing = true)
public class SchedulingConfiguration {

}
