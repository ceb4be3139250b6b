package dev.passerelle.core.search;

/** What an indexed document stands for. */
public enum DocType { ENTRY, EVIDENCE, SKILL }
