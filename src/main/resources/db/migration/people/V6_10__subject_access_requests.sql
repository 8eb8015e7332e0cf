-- The subject access request register (issue 10): an export needs an open request for that person.
create sequence subject_access_request_number;

create table subject_access_request (
    id                     uuid primary key,
    reference              varchar(20)  not null unique,
    person_id              uuid         not null references person (id),
    requester_name         varchar(200) not null,
    on_behalf              boolean      not null,
    requester_relationship varchar(200),
    identity_check         varchar(30)  not null
        check (identity_check in ('PHOTO_ID_SEEN', 'KNOWN_IN_PERSON', 'DOCUMENTS_CHECKED', 'AUTHORITY_SEEN')),
    identity_check_detail  varchar(500) not null,
    received_on            date         not null,
    due_on                 date         not null,
    extended_to            date,
    extension_reason       varchar(1000),
    status                 varchar(20)  not null default 'OPEN'
        check (status in ('OPEN', 'COMPLETED', 'REFUSED', 'WITHDRAWN')),
    closed_on              date,
    closing_note           varchar(1000),
    recorded_by            uuid         not null,
    recorded_by_name       varchar(200) not null,
    recorded_at            timestamptz  not null,
    version                integer      not null default 0,
    check (on_behalf = (requester_relationship is not null)),
    check ((status = 'OPEN') = (closed_on is null)),
    check ((extended_to is null) = (extension_reason is null))
);
create index subject_access_request_person on subject_access_request (person_id);
create index subject_access_request_open on subject_access_request (status, due_on);
