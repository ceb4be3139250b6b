package dev.passerelle.core.store;

/** Everything the core reads and writes, behind ports; one implementation per database. */
public interface Store extends AutoCloseable {

    Transactions transactions();

    EntryRepository entries();

    PeopleRepository people();

    ChannelRepository channels();

    EvidenceRepository evidence();

    EventLog events();

    AuditLog audit();

    ChangeFeed changes();

    @Override
    void close();
}
