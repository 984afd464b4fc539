package org.partnernetwork.notification.preference;

/** The languages messages are written in: Khmer and English. */
public enum Language {

	km, en

}
