/**
 * Directory of partner agencies and their services: the front door of every referral.<br>
 * Owns services, named contacts, champions, agreements and the Open Referral (HSDS) API; reads agencies from identity.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Directory")
package org.accord.directory;
