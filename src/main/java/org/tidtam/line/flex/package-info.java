/**
 * Flex messages kept as files in {@code flex-templates/} (LINE Flex Simulator JSON with
 * {@code {{name}}} placeholders) and rendered into the LINE SDK's {@code FlexMessage}. Values are put
 * into string nodes of a Jackson tree, never spliced into JSON text, so citizen text cannot break a
 * message.
 */
package org.tidtam.line.flex;
