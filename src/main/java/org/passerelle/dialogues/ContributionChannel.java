package org.passerelle.dialogues;

/** How a contribution reached the platform. */
public enum ContributionChannel {

	/** Through the web form. */
	WEB,

	/** By e-mail to the dialogue's address. */
	EMAIL,

	/** Through the API, with an access token. */
	API

}
