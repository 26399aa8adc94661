package io.dunning.events.cases;

/** How a notice of the ladder went out: a numbered letter by tracked courier (R3.1) or a reminder SMS (R1.1). */
public enum NoticeChannel { LETTER, SMS }
