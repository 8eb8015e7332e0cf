package org.accord.directory.internal;

import java.util.List;

/**
 * What an import did, record by record. The reasons of a rejected record say why it was refused; those of an
 * imported one say what of it Accord did not keep, so an administrator knows the import was not lossless.
 */
record HsdsReport(int created, int updated, int unchanged, int rejected, List<RecordResult> records) {

	enum Outcome { CREATED, UPDATED, UNCHANGED, REJECTED }

	record RecordResult(String type, String id, String name, Outcome outcome, List<String> reasons) {

		static RecordResult rejected(String type, String id, String name, List<String> reasons) {
			return new RecordResult(type, id, name, Outcome.REJECTED, List.copyOf(reasons));
		}

	}

	static HsdsReport of(List<RecordResult> records) {
		return new HsdsReport(count(records, Outcome.CREATED), count(records, Outcome.UPDATED),
				count(records, Outcome.UNCHANGED), count(records, Outcome.REJECTED), records);
	}

	private static int count(List<RecordResult> records, Outcome outcome) {
		return (int) records.stream().filter(r -> r.outcome() == outcome).count();
	}

}
