package org.tidtam.line.flex;

// TEMPORARY STUB replaced by the flex branch's implementation at merge.
@org.springframework.stereotype.Component
public class FlexTemplates {

	public com.fasterxml.jackson.databind.node.ObjectNode render(String path, java.util.Map<String, String> values) {
		throw new UnsupportedOperationException();
	}

}
