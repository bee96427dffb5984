package org.tidtam.conversation;

/** A dialog sat idle past its timeout and was dropped: the person should be told, briefly. */
public record DialogExpired(ChatRef chat, String flow) {
}
