/*
 * LineRender: draws LINE message objects (as sent to the Messaging API) as HTML that looks like the
 * LINE app, for the simulator at /simulator. An approximation, not a pixel copy: enough to read what
 * the bot said and tap what it offered.
 *
 * Safety: every text that comes from a message (the bot's or a citizen's) is put in the DOM with
 * textContent, never innerHTML, and URLs are only used when they are http(s) or data:image, because a
 * citizen may well send "<script>" and the bot may echo it.
 *
 * API:
 *   LineRender.render(message, onAction) -> HTMLElement   one message (text, sticker, image, video,
 *       audio, location, imagemap, template, flex; unknown types as a placeholder)
 *   LineRender.renderQuickReply(quickReply, onAction) -> HTMLElement | null   chips for the last message
 *   LineRender.actionLabel(action) -> string
 * onAction(action) receives the LINE action object of whatever was tapped; the caller decides what it
 * means (postback, message, uri, datetimepicker, camera, location …).
 */
(function (global) {
	'use strict';

	var SPACING = { none: 0, xs: 2, sm: 4, md: 8, lg: 12, xl: 16, xxl: 20 };
	var TEXT_SIZE = { xxs: 11, xs: 13, sm: 14, md: 16, lg: 19, xl: 22, xxl: 29, '3xl': 35, '4xl': 48, '5xl': 74 };
	var IMAGE_SIZE = { xxs: 40, xs: 60, sm: 80, md: 100, lg: 120, xl: 140, xxl: 160, '3xl': 180, '4xl': 200, '5xl': 240 };
	var ICON_SIZE = { xxs: 11, xs: 13, sm: 14, md: 16, lg: 19, xl: 22, xxl: 29, '3xl': 35, '4xl': 48, '5xl': 74 };
	var BLOCK_PADDING = { header: '20px', hero: '0px', body: '20px', footer: '10px' };
	var BUBBLE_WIDTH = { nano: 120, micro: 160, deca: 220, hecto: 241, kilo: 260, mega: 300, giga: 386 };
	/** A few LINE stickers drawn as emoji: the simulator cannot show LINE's sticker images. */
	var STICKER_EMOJI = {
		'446/1988': '😊', '446/1989': '👍', '446/1990': '🙏', '446/1993': '🎉',
		'11537/52002734': '😀', '11537/52002735': '👍', '11537/52002736': '🙏', '11537/52002739': '😢',
		'11538/51626494': '👌', '789/10855': '👋'
	};

	function el(tag, className, text) {
		var node = document.createElement(tag);
		if (className) {
			node.className = className;
		}
		if (text !== undefined && text !== null) {
			node.textContent = String(text);
		}
		return node;
	}

	function safeUrl(url) {
		if (typeof url !== 'string') {
			return null;
		}
		return /^(https?:\/\/|data:image\/)/i.test(url) ? url : null;
	}

	function px(value, table) {
		if (value === undefined || value === null || value === '') {
			return null;
		}
		if (table && Object.prototype.hasOwnProperty.call(table, value)) {
			return table[value] + 'px';
		}
		if (/^-?\d+(\.\d+)?(px|%)$/.test(String(value))) {
			return String(value);
		}
		return null;
	}

	function color(value) {
		return (typeof value === 'string' && /^#[0-9a-fA-F]{6}([0-9a-fA-F]{2})?$/.test(value)) ? value : null;
	}

	function actionLabel(action) {
		if (!action) {
			return '';
		}
		return action.label || action.displayText || action.text || '';
	}

	function clickable(node, action, onAction) {
		if (!action) {
			return node;
		}
		node.classList.add('lr-clickable');
		node.setAttribute('role', 'button');
		node.tabIndex = 0;
		node.dataset.actionType = action.type || '';
		var fire = function (event) {
			event.stopPropagation();
			if (typeof onAction === 'function') {
				onAction(action);
			}
		};
		node.addEventListener('click', fire);
		node.addEventListener('keydown', function (event) {
			if (event.key === 'Enter' || event.key === ' ') {
				event.preventDefault();
				fire(event);
			}
		});
		return node;
	}

	// ---------------------------------------------------------------- plain message types

	function renderText(message) {
		var node = el('div', 'lr-msg lr-text');
		var text = message.text || '';
		if (message.type === 'textV2' && message.substitution) {
			text = text.replace(/\{([0-9a-zA-Z_]+)\}/g, function (whole, key) {
				var sub = message.substitution[key];
				if (!sub) {
					return whole;
				}
				if (sub.type === 'mention') {
					return sub.mentionee && sub.mentionee.type === 'all' ? '@All' : '@' + (sub.mentionee && sub.mentionee.userId || 'user');
				}
				return sub.type === 'emoji' ? '😀' : whole;
			}).replace(/\{\{/g, '{').replace(/\}\}/g, '}');
		}
		// white-space: pre-wrap keeps the line breaks; textContent keeps "<script>" as letters
		node.textContent = text;
		return node;
	}

	function renderSticker(message) {
		var node = el('div', 'lr-msg lr-sticker');
		var known = message.packageId !== undefined && message.packageId !== null && message.stickerId !== undefined && message.stickerId !== null;
		var key = known ? message.packageId + '/' + message.stickerId : '';
		node.appendChild(el('div', 'lr-sticker-face', STICKER_EMOJI[key] || '🙂'));
		node.appendChild(el('div', 'lr-sticker-id', known ? 'สติกเกอร์ ' + key : (message.text || 'สติกเกอร์ · sticker')));
		node.title = 'LINE sticker ' + key;
		return node;
	}

	function renderImage(message) {
		var node = el('div', 'lr-msg lr-image');
		var url = safeUrl(message.previewImageUrl) || safeUrl(message.originalContentUrl) || safeUrl(message.contentUrl);
		if (url) {
			var img = el('img');
			img.src = url;
			img.alt = 'รูปภาพ · image';
			img.loading = 'lazy';
			node.appendChild(img);
		}
		else {
			node.appendChild(el('div', 'lr-placeholder', '🖼 รูปภาพ · image'));
		}
		return node;
	}

	function renderMedia(message, icon, label) {
		var node = el('div', 'lr-msg lr-media');
		node.appendChild(el('span', 'lr-media-icon', icon));
		var text = label;
		if (message.duration) {
			text += ' · ' + Math.round(message.duration / 1000) + ' วินาที';
		}
		if (message.fileName) {
			text += ' · ' + message.fileName;
		}
		node.appendChild(el('span', null, text));
		return node;
	}

	function renderLocation(message, onAction) {
		var node = el('div', 'lr-msg lr-location');
		var map = el('div', 'lr-location-map');
		map.appendChild(el('span', 'lr-location-pin', '📍'));
		node.appendChild(map);
		var info = el('div', 'lr-location-info');
		info.appendChild(el('div', 'lr-location-title', message.title || 'ตำแหน่งที่ตั้ง · Location'));
		if (message.address) {
			info.appendChild(el('div', 'lr-location-address', message.address));
		}
		if (typeof message.latitude === 'number' && typeof message.longitude === 'number') {
			info.appendChild(el('div', 'lr-location-coords', message.latitude.toFixed(5) + ', ' + message.longitude.toFixed(5)));
			clickable(node, {
				type: 'uri', label: 'เปิดแผนที่',
				uri: 'https://www.openstreetmap.org/?mlat=' + message.latitude + '&mlon=' + message.longitude + '#map=17/' + message.latitude + '/' + message.longitude
			}, onAction);
		}
		node.appendChild(info);
		return node;
	}

	function renderImagemap(message, onAction) {
		var node = el('div', 'lr-msg lr-imagemap');
		var base = safeUrl(message.baseUrl);
		if (base) {
			var img = el('img');
			img.src = base + '/1040';
			img.alt = message.altText || '';
			node.appendChild(img);
		}
		node.appendChild(el('div', 'lr-alt', message.altText || 'imagemap'));
		(message.actions || []).forEach(function (action) {
			var chip = el('button', 'lr-template-action', action.label || action.text || action.linkUri || action.type);
			chip.type = 'button';
			clickable(chip, action.type === 'uri' ? { type: 'uri', uri: action.linkUri, label: action.label } : action, onAction);
			node.appendChild(chip);
		});
		return node;
	}

	// ---------------------------------------------------------------- template messages

	function templateActions(actions, onAction, className) {
		var box = el('div', className || 'lr-template-actions');
		(actions || []).forEach(function (action) {
			var button = el('button', 'lr-template-action', actionLabel(action));
			button.type = 'button';
			clickable(button, action, onAction);
			box.appendChild(button);
		});
		return box;
	}

	function templateCard(column, onAction, template) {
		var card = el('div', 'lr-template-card');
		var thumb = safeUrl(column.thumbnailImageUrl);
		if (thumb) {
			var img = el('img', 'lr-template-thumb');
			img.src = thumb;
			img.alt = '';
			img.style.aspectRatio = (template && template.imageAspectRatio === 'square') ? '1 / 1' : '1.51 / 1';
			img.style.objectFit = (template && template.imageSize === 'contain') ? 'contain' : 'cover';
			if (color(column.imageBackgroundColor)) {
				img.style.backgroundColor = column.imageBackgroundColor;
			}
			card.appendChild(img);
		}
		var body = el('div', 'lr-template-body');
		if (column.title) {
			body.appendChild(el('div', 'lr-template-title', column.title));
		}
		body.appendChild(el('div', 'lr-template-text', column.text || ''));
		card.appendChild(body);
		if (column.defaultAction) {
			clickable(body, column.defaultAction, onAction);
		}
		card.appendChild(templateActions(column.actions, onAction));
		return card;
	}

	function renderTemplate(message, onAction) {
		var template = message.template || {};
		var node = el('div', 'lr-msg lr-template lr-template-' + (template.type || 'unknown'));
		node.title = message.altText || '';
		if (template.type === 'buttons') {
			node.appendChild(templateCard(template, onAction, template));
		}
		else if (template.type === 'confirm') {
			var card = el('div', 'lr-template-card');
			card.appendChild(el('div', 'lr-template-body lr-template-text', template.text || ''));
			card.appendChild(templateActions(template.actions, onAction, 'lr-template-actions lr-confirm-actions'));
			node.appendChild(card);
		}
		else if (template.type === 'carousel') {
			var strip = el('div', 'lr-carousel');
			(template.columns || []).forEach(function (column) {
				strip.appendChild(templateCard(column, onAction, template));
			});
			node.appendChild(strip);
		}
		else if (template.type === 'image_carousel') {
			var images = el('div', 'lr-carousel');
			(template.columns || []).forEach(function (column) {
				var cell = el('div', 'lr-image-column');
				var url = safeUrl(column.imageUrl);
				if (url) {
					var img = el('img');
					img.src = url;
					img.alt = '';
					cell.appendChild(img);
				}
				if (column.action && column.action.label) {
					cell.appendChild(el('div', 'lr-image-column-label', column.action.label));
				}
				clickable(cell, column.action, onAction);
				images.appendChild(cell);
			});
			node.appendChild(images);
		}
		else {
			node.appendChild(el('div', 'lr-alt', message.altText || 'template'));
		}
		return node;
	}

	// ---------------------------------------------------------------- flex

	function applyBoxStyle(node, c) {
		var style = node.style;
		var pad = px(c.paddingAll, SPACING);
		if (pad) {
			style.padding = pad;
		}
		[['paddingTop', 'paddingTop'], ['paddingBottom', 'paddingBottom'], ['paddingStart', 'paddingLeft'], ['paddingEnd', 'paddingRight']]
			.forEach(function (p) {
				var v = px(c[p[0]], SPACING);
				if (v) {
					style[p[1]] = v;
				}
			});
		if (color(c.backgroundColor)) {
			style.backgroundColor = c.backgroundColor;
		}
		if (c.background && c.background.type === 'linearGradient' && color(c.background.startColor) && color(c.background.endColor)) {
			var angle = /^\d+(\.\d+)?deg$/.test(c.background.angle || '') ? c.background.angle : '0deg';
			style.backgroundImage = 'linear-gradient(' + angle + ', ' + c.background.startColor + ', ' + c.background.endColor + ')';
		}
		if (color(c.borderColor)) {
			style.borderStyle = 'solid';
			style.borderColor = c.borderColor;
			style.borderWidth = px(c.borderWidth, { none: 0, light: 0.5, normal: 1, medium: 2, 'semi-bold': 3, bold: 4 }) || '1px';
		}
		var radius = px(c.cornerRadius, { none: 0, xs: 2, sm: 4, md: 8, lg: 12, xl: 16, xxl: 20 });
		if (radius) {
			style.borderRadius = radius;
			style.overflow = 'hidden';
		}
		if (px(c.width)) {
			style.width = px(c.width);
		}
		if (px(c.maxWidth)) {
			style.maxWidth = px(c.maxWidth);
		}
		if (px(c.height)) {
			style.height = px(c.height);
		}
		if (px(c.maxHeight)) {
			style.maxHeight = px(c.maxHeight);
		}
		var justify = { 'flex-start': 'flex-start', center: 'center', 'flex-end': 'flex-end', 'space-between': 'space-between', 'space-around': 'space-around', 'space-evenly': 'space-evenly' };
		if (justify[c.justifyContent]) {
			style.justifyContent = justify[c.justifyContent];
		}
		if (justify[c.alignItems]) {
			style.alignItems = justify[c.alignItems];
		}
	}

	/** Flex position of a child within its parent box: flex, margin (or the parent's spacing), gravity, offsets. */
	function applyChildLayout(node, c, parentLayout, index, spacing) {
		var horizontal = parentLayout === 'horizontal' || parentLayout === 'baseline';
		var flex = (typeof c.flex === 'number') ? c.flex : (horizontal ? 1 : 0);
		if (c.type === 'filler' || c.type === 'spacer') {
			flex = (c.type === 'filler') ? ((typeof c.flex === 'number') ? c.flex : 1) : 0;
		}
		if (c.type === 'separator' || c.type === 'icon') {
			flex = 0;
		}
		node.style.flex = flex > 0 ? (flex + ' 1 0') : '0 0 auto';
		if (horizontal && flex > 0) {
			node.style.minWidth = '0';
		}
		var margin = px(c.margin, SPACING);
		if (margin === null && index > 0 && spacing) {
			margin = spacing;
		}
		if (margin && index > 0) {
			node.style[horizontal ? 'marginLeft' : 'marginTop'] = margin;
		}
		var gravity = { top: 'flex-start', center: 'center', bottom: 'flex-end' };
		if (horizontal && parentLayout !== 'baseline' && gravity[c.gravity]) {
			node.style.alignSelf = gravity[c.gravity];
		}
		if (c.position === 'absolute') {
			node.style.position = 'absolute';
			['offsetTop', 'offsetBottom', 'offsetStart', 'offsetEnd'].forEach(function (key) {
				var v = px(c[key], SPACING);
				if (v) {
					node.style[{ offsetTop: 'top', offsetBottom: 'bottom', offsetStart: 'left', offsetEnd: 'right' }[key]] = v;
				}
			});
		}
		else {
			['offsetTop', 'offsetBottom', 'offsetStart', 'offsetEnd'].forEach(function (key) {
				var v = px(c[key], SPACING);
				if (v) {
					node.style.position = 'relative';
					node.style[{ offsetTop: 'top', offsetBottom: 'bottom', offsetStart: 'left', offsetEnd: 'right' }[key]] = v;
				}
			});
		}
	}

	function renderBox(c, onAction) {
		var layout = c.layout || 'vertical';
		var node = el('div', 'lr-box lr-box-' + layout);
		node.dataset.flex = 'box';
		applyBoxStyle(node, c);
		var spacing = px(c.spacing, SPACING);
		(c.contents || []).forEach(function (child, i) {
			var childNode = renderComponent(child, onAction, layout);
			if (childNode) {
				applyChildLayout(childNode, child, layout, i, spacing);
				node.appendChild(childNode);
			}
		});
		return clickable(node, c.action, onAction);
	}

	function styleText(node, c) {
		var size = px(c.size, TEXT_SIZE);
		if (size) {
			node.style.fontSize = size;
		}
		if (c.weight === 'bold') {
			node.style.fontWeight = '700';
		}
		if (c.style === 'italic') {
			node.style.fontStyle = 'italic';
		}
		if (c.decoration === 'underline' || c.decoration === 'line-through') {
			node.style.textDecoration = c.decoration;
		}
		if (color(c.color)) {
			node.style.color = c.color;
		}
	}

	function renderFlexText(c, onAction) {
		var node = el('div', 'lr-flex-text');
		node.dataset.flex = 'text';
		if (Array.isArray(c.contents) && c.contents.length > 0) {
			c.contents.forEach(function (span) {
				if (span && span.type === 'span') {
					var s = el('span', 'lr-span', span.text || '');
					styleText(s, span);
					node.appendChild(s);
				}
			});
		}
		else {
			node.textContent = c.text || '';
		}
		styleText(node, c);
		node.style.textAlign = { start: 'left', center: 'center', end: 'right' }[c.align] || 'left';
		if (c.wrap) {
			node.classList.add('lr-wrap');
			if (typeof c.maxLines === 'number' && c.maxLines > 0) {
				node.style.display = '-webkit-box';
				node.style.webkitBoxOrient = 'vertical';
				node.style.webkitLineClamp = String(c.maxLines);
				node.style.overflow = 'hidden';
			}
		}
		else {
			node.classList.add('lr-nowrap');
		}
		if (px(c.lineSpacing)) {
			node.style.lineHeight = 'calc(1.4em + ' + px(c.lineSpacing) + ')';
		}
		return clickable(node, c.action, onAction);
	}

	function renderButton(c, onAction) {
		var style = c.style || 'link';
		var button = el('button', 'lr-flex-button lr-flex-button-' + style + ' lr-flex-button-' + (c.height || 'md'), actionLabel(c.action));
		button.type = 'button';
		button.dataset.flex = 'button';
		if (color(c.color)) {
			if (style === 'link') {
				button.style.color = c.color;
			}
			else {
				button.style.backgroundColor = c.color;
			}
		}
		return clickable(button, c.action, onAction);
	}

	function renderFlexImage(c, onAction) {
		var wrap = el('div', 'lr-flex-image');
		wrap.dataset.flex = 'image';
		var img = el('img');
		var url = safeUrl(c.url);
		if (url) {
			img.src = url;
		}
		img.alt = '';
		var ratio = /^(\d+(\.\d+)?):(\d+(\.\d+)?)$/.exec(c.aspectRatio || '1:1');
		if (ratio) {
			img.style.aspectRatio = ratio[1] + ' / ' + ratio[3];
		}
		img.style.objectFit = c.aspectMode === 'cover' ? 'cover' : 'contain';
		if (color(c.backgroundColor)) {
			img.style.backgroundColor = c.backgroundColor;
		}
		if (c.size === 'full') {
			img.style.width = '100%';
		}
		else {
			img.style.width = px(c.size, IMAGE_SIZE) || IMAGE_SIZE.md + 'px';
			img.style.maxWidth = '100%';
		}
		wrap.style.textAlign = { start: 'left', end: 'right' }[c.align] || 'center';
		wrap.appendChild(img);
		return clickable(wrap, c.action, onAction);
	}

	function renderComponent(c, onAction, parentLayout) {
		if (!c || typeof c !== 'object') {
			return null;
		}
		switch (c.type) {
			case 'box':
				return renderBox(c, onAction);
			case 'text':
				return renderFlexText(c, onAction);
			case 'button':
				return renderButton(c, onAction);
			case 'image':
				return renderFlexImage(c, onAction);
			case 'video':
				return renderComponent(c.altContent, onAction, parentLayout);
			case 'icon': {
				var icon = el('img', 'lr-flex-icon');
				var url = safeUrl(c.url);
				if (url) {
					icon.src = url;
				}
				icon.alt = '';
				var h = px(c.size, ICON_SIZE) || '16px';
				icon.style.height = h;
				var r = /^(\d+(\.\d+)?):(\d+(\.\d+)?)$/.exec(c.aspectRatio || '1:1');
				icon.style.width = r ? 'calc(' + h + ' * ' + r[1] + ' / ' + r[3] + ')' : h;
				return icon;
			}
			case 'separator': {
				var line = el('div', parentLayout === 'horizontal' || parentLayout === 'baseline' ? 'lr-separator lr-separator-v' : 'lr-separator');
				line.dataset.flex = 'separator';
				if (color(c.color)) {
					line.style.backgroundColor = c.color;
				}
				return line;
			}
			case 'filler':
				return el('div', 'lr-filler');
			case 'spacer': {
				var spacer = el('div', 'lr-spacer');
				var s = px(c.size, SPACING) || '16px';
				spacer.style.width = s;
				spacer.style.height = s;
				return spacer;
			}
			default:
				return el('div', 'lr-placeholder', '[' + c.type + ']');
		}
	}

	function renderBubble(bubble, onAction) {
		var node = el('div', 'lr-bubble');
		node.dataset.flex = 'bubble';
		node.style.width = (BUBBLE_WIDTH[bubble.size] || BUBBLE_WIDTH.mega) + 'px';
		if (bubble.direction === 'rtl') {
			node.dir = 'rtl';
		}
		var styles = bubble.styles || {};
		['header', 'hero', 'body', 'footer'].forEach(function (block) {
			var content = bubble[block];
			if (!content) {
				return;
			}
			var blockStyle = styles[block] || {};
			if (blockStyle.separator && block !== 'header') {
				var sep = el('div', 'lr-separator');
				if (color(blockStyle.separatorColor)) {
					sep.style.backgroundColor = blockStyle.separatorColor;
				}
				node.appendChild(sep);
			}
			var section = el('div', 'lr-block lr-block-' + block);
			if (color(blockStyle.backgroundColor)) {
				section.style.backgroundColor = blockStyle.backgroundColor;
			}
			// the block is the box: its own padding replaces LINE's default for the block
			var root = content;
			if (content.type === 'box' && content.paddingAll === undefined) {
				root = Object.assign({}, content, { paddingAll: BLOCK_PADDING[block] });
			}
			var inner = renderComponent(root, onAction, 'vertical');
			if (inner) {
				section.appendChild(inner);
			}
			node.appendChild(section);
		});
		return clickable(node, bubble.action, onAction);
	}

	function renderFlex(message, onAction) {
		var node = el('div', 'lr-msg lr-flex');
		node.title = message.altText || '';
		var contents = message.contents || {};
		if (contents.type === 'carousel') {
			var strip = el('div', 'lr-carousel');
			strip.dataset.flex = 'carousel';
			(contents.contents || []).forEach(function (bubble) {
				strip.appendChild(renderBubble(bubble, onAction));
			});
			node.appendChild(strip);
		}
		else if (contents.type === 'bubble') {
			node.appendChild(renderBubble(contents, onAction));
		}
		else {
			node.appendChild(el('div', 'lr-alt', message.altText || 'flex'));
		}
		return node;
	}

	// ---------------------------------------------------------------- entry points

	function render(message, onAction) {
		if (!message || typeof message !== 'object') {
			return el('div', 'lr-msg lr-placeholder', '[ไม่มีข้อความ · empty]');
		}
		var node;
		switch (message.type) {
			case 'text':
			case 'textV2':
				node = renderText(message);
				break;
			case 'sticker':
				node = renderSticker(message);
				break;
			case 'image':
				node = renderImage(message);
				break;
			case 'video':
				node = renderMedia(message, '🎬', 'วิดีโอ · video');
				break;
			case 'audio':
				node = renderMedia(message, '🔊', 'เสียง · audio');
				break;
			case 'file':
				node = renderMedia(message, '📄', 'ไฟล์ · file');
				break;
			case 'location':
				node = renderLocation(message, onAction);
				break;
			case 'imagemap':
				node = renderImagemap(message, onAction);
				break;
			case 'template':
				node = renderTemplate(message, onAction);
				break;
			case 'flex':
				node = renderFlex(message, onAction);
				break;
			default:
				node = el('div', 'lr-msg lr-placeholder', '[' + (message.type || 'unknown') + ']');
		}
		node.dataset.type = message.type || 'unknown';
		if (message.sender && message.sender.name) {
			node.dataset.senderName = message.sender.name;
		}
		return node;
	}

	function renderQuickReply(quickReply, onAction) {
		if (!quickReply || !Array.isArray(quickReply.items) || quickReply.items.length === 0) {
			return null;
		}
		var bar = el('div', 'lr-quick-reply');
		quickReply.items.forEach(function (item) {
			var action = item && item.action;
			if (!action) {
				return;
			}
			var chip = el('button', 'lr-chip');
			chip.type = 'button';
			var icon = safeUrl(item.imageUrl);
			if (icon) {
				var img = el('img', 'lr-chip-icon');
				img.src = icon;
				img.alt = '';
				chip.appendChild(img);
			}
			else if ({ camera: 1, cameraRoll: 1, location: 1 }[action.type]) {
				chip.appendChild(el('span', 'lr-chip-icon', { camera: '📷', cameraRoll: '🖼', location: '📍' }[action.type]));
			}
			chip.appendChild(el('span', 'lr-chip-label', actionLabel(action)));
			clickable(chip, action, onAction);
			bar.appendChild(chip);
		});
		return bar;
	}

	global.LineRender = {
		render: render,
		renderQuickReply: renderQuickReply,
		actionLabel: actionLabel,
		stickerEmoji: function (packageId, stickerId) {
			return STICKER_EMOJI[packageId + '/' + stickerId] || '🙂';
		}
	};
})(window);
