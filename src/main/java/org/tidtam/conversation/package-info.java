/**
 * Conversation: channel-neutral dialogs. Inputs arrive as {@link org.tidtam.conversation.UserInput},
 * answers leave as {@link org.tidtam.conversation.Reply}; flows are pure functions over a typed draft.
 * Knows nothing of LINE: the {@code line} adapter maps to and from it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package org.tidtam.conversation;
