package careerbot.slack;

/** Remembers Slack events already handled, so a retry or a second delivery never gets a second reply. */
public interface EventDeduplicator {

    /** True the first time an event id is seen (and records it); false for every repeat. */
    boolean firstDelivery(String eventId);
}
