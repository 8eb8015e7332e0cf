package org.accord.people.internal;

import java.time.Clock;
import java.util.UUID;

import org.accord.audit.AuditEvent;
import org.accord.audit.AuditLog;
import org.accord.people.People;
import org.accord.people.SubjectAccessRequests;
import org.accord.sharing.AccessPolicy;
import org.accord.sharing.PersonAccess;
import org.accord.sharing.Purpose;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Producing everything held about a person, in answer to one open request in the register. */
@Service
class SubjectAccessExports {

	private final SubjectAccessRequests requests;

	private final SubjectAccess subjectAccess;

	private final People people;

	private final AccessPolicy policy;

	private final AuditLog audit;

	private final Clock clock;

	SubjectAccessExports(SubjectAccessRequests requests, SubjectAccess subjectAccess, People people, AccessPolicy policy,
			AuditLog audit, Clock clock) {
		this.requests = requests;
		this.subjectAccess = subjectAccess;
		this.people = people;
		this.policy = policy;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	SubjectAccess.Export export(PersonAccess access, UUID requestId) {
		var request = requests.openForExport(access, requestId);
		var person = people.find(access.personId()).orElseThrow();
		policy.decide(access.user(), access.personId(), Purpose.EXPORT, request.reference());
		audit.record(AuditEvent.of("SUBJECT_ACCESS", "PERSON", person.id()).person(person.id())
			.reason(request.reference()).detail("export answering " + request.reference()));
		return subjectAccess.gather(person, request.reference(),
				access.user().displayName() + ", " + access.user().agencyName(), clock.instant());
	}

}
