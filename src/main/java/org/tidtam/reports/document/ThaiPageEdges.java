package org.tidtam.reports.document;

import org.w3c.dom.Element;
import org.xhtmlrenderer.extend.ReplacedElement;
import org.xhtmlrenderer.extend.ReplacedElementFactory;
import org.xhtmlrenderer.extend.UserAgentCallback;
import org.xhtmlrenderer.layout.LayoutContext;
import org.xhtmlrenderer.render.BlockBox;
import org.xhtmlrenderer.simple.extend.FormSubmissionListener;

/**
 * Room at the top and the foot of every page for the Thai marks that reach beyond their line. Flying Saucer cuts
 * a document into pages at its line boxes and clips each page at its body. Sarabun draws a tone mark over an upper
 * vowel (ที่, ดี้) up to 1.28 em above the baseline and a lower vowel (ผู้, ฎู) down to 0.56 em below it, while a
 * line box of the print stylesheet's line height (1.25) reaches 0.99 em above and 0.26 em below: a page's first
 * line drew the tops of its marks at the foot of the page before and lost them on its own page, and a page's last
 * line could lose the feet of its lower vowels (a repeated table header lost its top border the same way). A line
 * height that held them would be 1.85 instead of 1.25: half as many pages again.
 * <p>
 * Flying Saucer keeps such room already for a table's repeated header row ("extra space" at the top and the foot
 * of each page, which a table adds to and gives back); this starts every document with some, so that a line, a
 * row or a block that goes on to a new page begins {@link #TOP_POINTS} below the body's top, and none ends less
 * than {@link #BOTTOM_POINTS} above its foot (the first page's content, too, begins that much lower). The only
 * hook Flying Saucer 9 offers into its layout state is the replaced-element factory, asked about every block box,
 * the root first: the room is set there.
 */
final class ThaiPageEdges implements ReplacedElementFactory {

	/** 0.33 em of the body text (10.6 pt): 1.28 − 0.99 em is 0.29 em (3.1 pt). */
	static final float TOP_POINTS = 3.5f;

	/** 0.33 em of the body text: 0.56 − 0.26 em is 0.30 em (3.2 pt). */
	static final float BOTTOM_POINTS = 3.5f;

	private final ReplacedElementFactory delegate;

	private final int top;

	private final int bottom;

	/**
	 * @param delegate the renderer's own factory (images, form fields)
	 * @param dotsPerPoint the renderer's layout units per point
	 */
	ThaiPageEdges(ReplacedElementFactory delegate, float dotsPerPoint) {
		this.delegate = delegate;
		this.top = Math.round(TOP_POINTS * dotsPerPoint);
		this.bottom = Math.round(BOTTOM_POINTS * dotsPerPoint);
	}

	@Override
	public ReplacedElement createReplacedElement(LayoutContext c, BlockBox box, UserAgentCallback uac, int cssWidth,
			int cssHeight) {
		// the root's box is measured before anything is laid out; a table's room is never on then
		if (c.isPrint() && box.isRoot() && c.getExtraSpaceTop() == 0 && c.getExtraSpaceBottom() == 0) {
			c.setExtraSpaceTop(this.top);
			c.setExtraSpaceBottom(this.bottom);
		}
		return this.delegate.createReplacedElement(c, box, uac, cssWidth, cssHeight);
	}

	@Override
	public void reset() {
		this.delegate.reset();
	}

	@Override
	public void remove(Element e) {
		this.delegate.remove(e);
	}

	@Override
	public void setFormSubmissionListener(FormSubmissionListener listener) {
		this.delegate.setFormSubmissionListener(listener);
	}

}
