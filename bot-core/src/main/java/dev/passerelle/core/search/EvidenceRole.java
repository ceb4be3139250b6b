package dev.passerelle.core.search;

/** Where an answer given in a thread stands: given by someone, or confirmed by the asker as what solved it. */
public enum EvidenceRole { GIVEN, CONFIRMED }
