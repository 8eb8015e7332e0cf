/**
 * Partnership insight: aggregate dashboards, data returns, health-checks and the gap register.<br>
 * Owns no case data; works from aggregates with small numbers suppressed.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Insight")
package org.accord.insight;
