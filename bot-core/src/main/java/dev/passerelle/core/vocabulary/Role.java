package dev.passerelle.core.vocabulary;

/** What a person may do: ask and share (member), curate (knowledge manager), manage roles (admin). */
public enum Role {
    MEMBER, KNOWLEDGE_MANAGER, ADMIN;

    public boolean curates() {
        return this != MEMBER;
    }

    /** The key of the role's name in the bot's sentences. */
    public String messageKey() {
        return switch (this) {
            case ADMIN -> "role.admin";
            case KNOWLEDGE_MANAGER -> "role.km";
            case MEMBER -> "role.member";
        };
    }
}
