package org.tidtam.conversation;

import java.util.List;

/**
 * What a module offers on a citizen's main menu (1:1 chats only): quick-reply chips shown with help,
 * the welcome and any message the bot does not understand. Modules contribute beans.
 */
public interface MainMenu {

	List<Reply.Option> options();

}
