package org.accord.sharing;

/** The grounds on which information may be shared without consent (000:539-569, 827-869). */
public enum SharingGrounds {

	SERIOUS_HARM_TO_PERSON("Risk of serious harm to the person"),
	CHILD_AT_RISK("A child at risk of significant harm"),
	PREVENT_CRIME("To prevent or detect a serious crime"),
	VITAL_INTERESTS("The person's vital interests"),
	LACKS_CAPACITY("The person lacks capacity to consent");

	private final String label;

	SharingGrounds(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
