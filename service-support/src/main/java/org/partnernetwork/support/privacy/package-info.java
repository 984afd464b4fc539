/**
 * Free text about a child (a summary, a note, a reason) must describe a situation, never
 * identify the child or the family:
 * {@link org.partnernetwork.support.privacy.NoPersonalDetails} on a request's text field
 * refuses a phone number, an e-mail address or a name label with a sentence naming what
 * it looks like, in the caller's language, and never the text itself.
 * {@link org.partnernetwork.support.privacy.PersonalDetails} holds the patterns.
 */
package org.partnernetwork.support.privacy;
