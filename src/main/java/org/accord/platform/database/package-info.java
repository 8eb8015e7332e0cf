/**
 * Starts Accord's own PostgreSQL when no external database is configured.
 */
package org.accord.platform.database;
