/*
 * The LINE simulator page: pick a persona and a chat, send what a LINE user can send, and watch the
 * bot's answers by polling the timeline every second. Messages are drawn by line-render.js; every text
 * goes into the DOM with textContent (citizens may type "<script>").
 *
 * Talks to /simulator/api (personas, send, timeline, faults); see the simulator controller for the
 * contract.
 */
(function () {
	'use strict';

	var API = document.body.dataset.api || '/simulator/api';
	var BOT_NAME = 'ติดตาม';
	var POLL_MS = 1000;

	/** Stickers from LINE's sendable list (package 446), drawn as emoji: the page cannot show LINE's art. */
	var STICKERS = [
		{ packageId: '446', stickerId: '1988', label: 'ยิ้ม · smile' },
		{ packageId: '446', stickerId: '1989', label: 'เยี่ยม · thumbs up' },
		{ packageId: '446', stickerId: '1990', label: 'ขอบคุณ · thanks' },
		{ packageId: '446', stickerId: '1993', label: 'ยินดี · yay' }
	];

	/** Places a citizen might report from (a fictional town; coordinates in Phra Nakhon Si Ayutthaya). */
	var PLACES = [
		{ title: 'หน้าตลาดสดเทศบาล', address: 'ถนนเทศบาล 1 ตำบลประตูชัย อำเภอพระนครศรีอยุธยา', latitude: 14.353245, longitude: 100.568911 },
		{ title: 'ซอยข้างวัดใหม่ (ไฟส่องสว่างดับ)', address: 'ซอยวัดใหม่ ตำบลหอรัตนไชย อำเภอพระนครศรีอยุธยา', latitude: 14.360118, longitude: 100.575204 },
		{ title: 'สำนักงานเทศบาล', address: 'ถนนอู่ทอง ตำบลประตูชัย อำเภอพระนครศรีอยุธยา', latitude: 14.356012, longitude: 100.564031 },
		{ title: 'สวนสาธารณะริมน้ำ', address: 'ริมแม่น้ำเจ้าพระยา ตำบลท่าวาสุกรี', latitude: 14.348906, longitude: 100.560117 }
	];

	var EVENT_TEXT = {
		follow: 'เพิ่มบอตเป็นเพื่อน · followed',
		unfollow: 'บล็อกบอต · unfollowed',
		join: 'บอตเข้าร่วมกลุ่ม · bot joined',
		leave: 'บอตออกจากกลุ่ม · bot left',
		memberJoined: 'มีสมาชิกเข้ากลุ่ม · member joined',
		memberLeft: 'มีสมาชิกออกจากกลุ่ม · member left'
	};

	var state = {
		personas: [],
		persona: null,
		where: 'user',
		chatIds: {},
		lastSeq: 0,
		entries: [],
		polling: false,
		pollToken: 0
	};

	var $ = function (id) {
		return document.getElementById(id);
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

	function csrfHeaders(headers) {
		var token = document.querySelector('meta[name="_csrf"]');
		var header = document.querySelector('meta[name="_csrf_header"]');
		if (token && header) {
			headers[header.content] = token.content;
		}
		return headers;
	}

	function api(method, path, body) {
		var init = { method: method, headers: csrfHeaders({ Accept: 'application/json' }), credentials: 'same-origin' };
		if (body !== undefined) {
			init.headers['Content-Type'] = 'application/json';
			init.body = JSON.stringify(body);
		}
		return fetch(API + path, init).then(function (response) {
			if (!response.ok) {
				return response.text().then(function (text) {
					throw new Error(response.status + ' ' + (text || response.statusText));
				});
			}
			return response.status === 204 ? null : response.json();
		});
	}

	function status(text, isError) {
		var node = $('status');
		node.textContent = text || '';
		node.classList.toggle('error', !!isError);
	}

	// ------------------------------------------------------------------ personas and chats

	function loadPersonas(selectId) {
		return api('GET', '/personas').then(function (personas) {
			state.personas = personas || [];
			var select = $('persona');
			select.textContent = '';
			var groups = { citizen: el('optgroup'), staff: el('optgroup') };
			groups.citizen.label = 'ประชาชน · Citizens';
			groups.staff.label = 'เจ้าหน้าที่ · Staff';
			state.personas.forEach(function (p) {
				var text = p.name + (p.role === 'staff' && p.groupName ? ' — ' + p.groupName : '');
				var option = el('option', null, text);
				option.value = p.id;
				(groups[p.role] || groups.citizen).appendChild(option);
			});
			[groups.citizen, groups.staff].forEach(function (g) {
				if (g.children.length > 0) {
					select.appendChild(g);
				}
			});
			var wanted = selectId || (state.persona && state.persona.id) || (state.personas[0] && state.personas[0].id);
			if (wanted) {
				select.value = wanted;
			}
			choosePersona(select.value);
		}).catch(function (error) {
			status('โหลดรายชื่อผู้ใช้ทดลองไม่สำเร็จ · cannot load personas: ' + error.message, true);
		});
	}

	function choosePersona(id) {
		state.persona = state.personas.find(function (p) {
			return p.id === id;
		}) || null;
		var hasGroup = !!(state.persona && state.persona.groupId);
		var groupRadio = document.querySelector('input[name=where][value=group]');
		groupRadio.disabled = !hasGroup;
		$('where-group-label').textContent = hasGroup ? ('กลุ่ม "' + (state.persona.groupName || 'LINE') + '"') : 'กลุ่ม LINE (เฉพาะเจ้าหน้าที่)';
		if (!hasGroup && state.where === 'group') {
			document.querySelector('input[name=where][value=user]').checked = true;
			state.where = 'user';
		}
		resetChat();
	}

	function chooseWhere(where) {
		state.where = where;
		resetChat();
	}

	function chatKey() {
		return state.persona ? state.persona.id + '|' + state.where : '';
	}

	function currentChatId() {
		if (!state.persona) {
			return null;
		}
		return state.chatIds[chatKey()] || (state.where === 'group' ? state.persona.groupId : state.persona.userId);
	}

	function resetChat() {
		state.pollToken++;
		state.lastSeq = 0;
		state.entries = [];
		var timeline = $('timeline');
		timeline.textContent = '';
		var empty = el('p', 'sim-empty');
		empty.id = 'empty';
		empty.appendChild(document.createTextNode('ยังไม่มีข้อความ ลองแตะ "เพิ่มเพื่อน" หรือพิมพ์ "วิธีใช้งาน"'));
		empty.appendChild(el('br'));
		empty.appendChild(el('small', 'en', 'No messages yet. Try "follow" or type something.'));
		timeline.appendChild(empty);
		$('quick-reply-slot').textContent = '';
		var inGroup = state.where === 'group';
		$('phone').classList.toggle('group', inGroup);
		$('events-user').hidden = inGroup;
		$('events-group').hidden = !inGroup;
		$('chat-title').textContent = inGroup ? (state.persona.groupName || 'กลุ่ม LINE') : BOT_NAME;
		$('chat-sub').textContent = inGroup
			? 'กลุ่ม LINE · group — ' + (state.persona ? state.persona.name : '') + ' และ ' + BOT_NAME
			: 'แชต 1:1 กับบัญชีทางการ · 1:1 chat' + (state.persona ? ' — ' + state.persona.name : '');
		poll();
	}

	// ------------------------------------------------------------------ sending

	function send(payload, echo) {
		if (!state.persona) {
			status('เลือกผู้ใช้ทดลองก่อน · pick a persona first', true);
			return Promise.resolve();
		}
		var body = Object.assign({ personaId: state.persona.id, where: state.where }, payload);
		var key = chatKey();
		status('กำลังส่ง… · sending' + (echo ? ': ' + echo : ''));
		return api('POST', '/send', body).then(function (result) {
			if (result && result.chatId) {
				state.chatIds[key] = result.chatId;
			}
			var code = result ? result.status : '?';
			var ok = code >= 200 && code < 300;
			if (result && result.delivered === false) {
				status('บอตไม่ได้อยู่ในกลุ่มนี้ LINE จึงไม่ส่งข้อความให้บอต (แตะ "เชิญบอตเข้ากลุ่ม") · the bot is not in this group: no webhook');
			}
			else {
				status((ok ? 'ส่งแล้ว' : 'webhook ของบอตตอบผิดพลาด') + ' · webhook HTTP ' + code, !ok);
			}
			poll();
		}).catch(function (error) {
			status('ส่งไม่สำเร็จ · send failed: ' + error.message, true);
		});
	}

	function sendText() {
		var box = $('text');
		var text = box.value;
		if (text.trim() === '') {
			return;
		}
		box.value = '';
		send({ type: 'text', text: text });
	}

	/** What tapping something in a bot message does, as in the LINE app. */
	function onAction(action) {
		if (!action) {
			return;
		}
		switch (action.type) {
			case 'message':
				send({ type: 'text', text: action.text || action.label || '' });
				break;
			case 'postback':
				send({ type: 'postback', data: action.data || '', text: action.displayText || action.text || null });
				break;
			case 'datetimepicker':
				pickDateTime(action);
				break;
			case 'uri':
				openUri(action.uri);
				break;
			case 'camera':
			case 'cameraRoll':
				send({ type: 'image' });
				break;
			case 'location':
				toggleTray('locations', true);
				break;
			case 'clipboard':
				if (navigator.clipboard) {
					navigator.clipboard.writeText(action.clipboardText || '');
				}
				status('คัดลอกแล้ว · copied');
				break;
			case 'richmenuswitch':
				send({ type: 'postback', data: action.data || '', params: { newRichMenuAliasId: action.richMenuAliasId, status: 'SUCCESS' } });
				break;
			default:
				status('ยังไม่รองรับการกระทำนี้ · unsupported action: ' + action.type, true);
		}
	}

	function openUri(uri) {
		if (typeof uri === 'string' && /^(https?:|tel:)/i.test(uri)) {
			window.open(uri, '_blank', 'noopener');
		}
		else {
			status('เปิดลิงก์นี้นอกแอป LINE ไม่ได้ · cannot open: ' + uri, true);
		}
	}

	/** LINE's date/time picker, as a native input; the answer goes back as a postback with params. */
	function pickDateTime(action) {
		var mode = action.mode || 'datetime';
		var type = { date: 'date', time: 'time', datetime: 'datetime-local' }[mode] || 'datetime-local';
		var overlay = el('div', 'sim-datepicker');
		var form = el('form');
		var label = el('label', null, action.label || 'เลือกวันเวลา');
		label.appendChild(el('small', 'en', ' · pick ' + mode));
		var input = el('input');
		input.type = type;
		input.required = true;
		['initial', 'min', 'max'].forEach(function (key) {
			if (action[key]) {
				if (key === 'initial') {
					input.value = action[key];
				}
				else {
					input[key] = action[key];
				}
			}
		});
		var row = el('div', 'sim-row');
		var ok = el('button', 'sim-btn sim-btn-primary', 'ตกลง · OK');
		ok.type = 'submit';
		var cancel = el('button', 'sim-btn', 'ยกเลิก · Cancel');
		cancel.type = 'button';
		row.appendChild(ok);
		row.appendChild(cancel);
		form.appendChild(label);
		form.appendChild(input);
		form.appendChild(row);
		overlay.appendChild(form);
		document.body.appendChild(overlay);
		input.focus();
		var close = function () {
			overlay.remove();
		};
		cancel.addEventListener('click', close);
		overlay.addEventListener('click', function (event) {
			if (event.target === overlay) {
				close();
			}
		});
		form.addEventListener('submit', function (event) {
			event.preventDefault();
			var params = {};
			params[mode] = input.value;
			close();
			send({ type: 'postback', data: action.data || '', params: params });
		});
	}

	// ------------------------------------------------------------------ timeline

	function poll() {
		var chatId = currentChatId();
		if (!chatId || state.polling) {
			return;
		}
		state.polling = true;
		var token = state.pollToken;
		api('GET', '/timeline?chatId=' + encodeURIComponent(chatId) + '&after=' + state.lastSeq)
			.then(function (result) {
				if (token !== state.pollToken) {
					return;
				}
				var entries = (result && result.entries) || [];
				entries.forEach(function (entry) {
					if (entry.seq > state.lastSeq) {
						state.lastSeq = entry.seq;
						state.entries.push(entry);
						appendEntry(entry);
					}
				});
				if (entries.length > 0) {
					showQuickReply();
					var timeline = $('timeline');
					timeline.scrollTop = timeline.scrollHeight;
				}
			})
			.catch(function (error) {
				status('อ่านแชตไม่สำเร็จ · timeline failed: ' + error.message, true);
			})
			.finally(function () {
				state.polling = false;
			});
	}

	function time(at) {
		var date = at ? new Date(at) : null;
		return date && !isNaN(date) ? date.toLocaleTimeString('th-TH', { hour: '2-digit', minute: '2-digit', timeZone: 'Asia/Bangkok' }) : '';
	}

	function absolute(url) {
		try {
			return url ? new URL(url, window.location.href).href : null;
		}
		catch (e) {
			return null;
		}
	}

	/** A user entry as the LINE message it stands for, so line-render.js can draw it. */
	function userMessage(entry) {
		if (entry.kind === 'postback') {
			// the postback's displayText, which LINE shows as the user's own message (the event carries only data)
			return { type: 'text', text: entry.text || '' };
		}
		if (entry.kind === 'image' && entry.contentUrl) {
			// the webhook's image message has no address; the photo itself is kept by the fake platform
			var url = absolute(entry.contentUrl);
			return { type: 'image', originalContentUrl: url, previewImageUrl: url };
		}
		if (entry.message && typeof entry.message === 'object') {
			return entry.message;
		}
		switch (entry.kind) {
			case 'sticker':
				return { type: 'sticker', packageId: entry.packageId, stickerId: entry.stickerId, text: entry.text };
			case 'location':
				return { type: 'location', title: entry.title || entry.text, address: entry.address, latitude: entry.latitude, longitude: entry.longitude };
			case 'image':
				return { type: 'image', originalContentUrl: absolute(entry.contentUrl), previewImageUrl: absolute(entry.contentUrl) };
			case 'file':
				return { type: 'file', fileName: entry.text };
			default:
				return { type: 'text', text: entry.text || '' };
		}
	}

	function appendEntry(entry) {
		var timeline = $('timeline');
		var empty = $('empty');
		if (empty) {
			empty.remove();
		}
		if (entry.from !== 'bot' && EVENT_TEXT[entry.kind]) {
			var event = el('div', 'sim-event');
			event.appendChild(el('span', null, (entry.displayName ? entry.displayName + ': ' : '') + EVENT_TEXT[entry.kind] + ' ' + time(entry.at)));
			timeline.appendChild(event);
			return;
		}
		if (entry.from === 'bot' && entry.kind === 'loading') {
			// LINE shows its loading animation (three dots) until the answer comes, never an empty bubble
			var loading = el('div', 'sim-event sim-loading');
			loading.appendChild(el('span', null, BOT_NAME + ' กำลังตอบ… · loading animation ' + time(entry.at)));
			timeline.appendChild(loading);
			return;
		}
		if (entry.from !== 'bot' && entry.kind === 'postback' && !entry.text) {
			// LINE shows nothing for a postback without displayText; the simulator says what was sent
			var postback = (entry.message && typeof entry.message === 'object') ? entry.message : entry;
			var pb = el('div', 'sim-event');
			pb.appendChild(el('span', null, 'postback: ' + (postback.data || '') + (postback.params ? ' ' + JSON.stringify(postback.params) : '')));
			timeline.appendChild(pb);
			return;
		}
		var fromBot = entry.from === 'bot';
		var mine = !fromBot && state.persona && entry.userId === state.persona.userId;
		var row = el('div', 'sim-entry ' + (fromBot ? 'from-bot' : (mine ? 'from-user' : 'from-other')));
		if (state.where === 'group') {
			row.classList.add('in-group');
		}
		row.dataset.seq = entry.seq;
		var name = fromBot ? ((entry.message && entry.message.sender && entry.message.sender.name) || BOT_NAME) : (entry.displayName || 'ผู้ใช้');
		row.appendChild(el('div', 'avatar', name.charAt(0)));
		var main = el('div', 'sim-entry-main');
		if (!mine) {
			main.appendChild(el('div', 'sim-entry-name', name));
		}
		var message = fromBot ? entry.message : userMessage(entry);
		var line = el('div', 'sim-entry-line');
		line.appendChild(LineRender.render(message, fromBot ? onAction : null));
		var meta = time(entry.at) + (fromBot && entry.via ? ' · ' + entry.via : '');
		line.appendChild(el('div', 'sim-entry-meta', meta));
		main.appendChild(line);
		row.appendChild(main);
		timeline.appendChild(row);
	}

	/** LINE shows only the last message's quick reply, and only until the user says something. */
	function showQuickReply() {
		var slot = $('quick-reply-slot');
		slot.textContent = '';
		var last = state.entries[state.entries.length - 1];
		if (last && last.from === 'bot' && last.message && last.message.quickReply) {
			var chips = LineRender.renderQuickReply(last.message.quickReply, onAction);
			if (chips) {
				slot.appendChild(chips);
			}
		}
	}

	// ------------------------------------------------------------------ trays, forms, faults

	function toggleTray(id, open) {
		['stickers', 'locations'].forEach(function (tray) {
			$(tray).hidden = tray === id ? (open === undefined ? !$(tray).hidden : !open) : true;
		});
	}

	function buildTrays() {
		STICKERS.forEach(function (s) {
			var button = el('button', 'sim-sticker-pick', LineRender.stickerEmoji(s.packageId, s.stickerId));
			button.type = 'button';
			button.title = s.label + ' (' + s.packageId + '/' + s.stickerId + ')';
			button.addEventListener('click', function () {
				toggleTray('stickers', false);
				send({ type: 'sticker', packageId: s.packageId, stickerId: s.stickerId });
			});
			$('stickers').appendChild(button);
		});
		PLACES.forEach(function (p) {
			var button = el('button', 'sim-btn', '📍 ' + p.title);
			button.type = 'button';
			button.addEventListener('click', function () {
				toggleTray('locations', false);
				send({ type: 'location', title: p.title, address: p.address, latitude: p.latitude, longitude: p.longitude });
			});
			$('locations').appendChild(button);
		});
	}

	function loadFaults() {
		api('GET', '/faults').then(function (faults) {
			// the API answers { pending: [{ endpoint, kind, status, delayMs, remaining, untilCleared }] }
			var list = Array.isArray(faults) ? faults : (faults && (faults.pending || faults.faults)) || [];
			$('faults').textContent = list.length === 0
				? 'ยังไม่มีปัญหาที่จำลอง · no faults'
				: list.map(function (f) {
					var left = f.untilCleared ? ' · จนกว่าจะล้าง until cleared'
						: (f.remaining || f.times) ? ' · อีก ' + (f.remaining || f.times) + ' ครั้ง · ' + (f.remaining || f.times) + ' left' : '';
					return (f.endpoint || '*') + ': ' + f.kind + (f.status ? ' ' + f.status : '') + (f.delayMs ? ' ' + f.delayMs + ' ms' : '') + left;
				}).join('\n');
		}).catch(function (error) {
			$('faults').textContent = 'อ่านรายการปัญหาไม่ได้ · ' + error.message;
		});
	}

	function postFault(fault) {
		return api('POST', '/faults', fault).then(function () {
			status('ตั้งค่าปัญหาแล้ว · fault set');
			loadFaults();
		}).catch(function (error) {
			status('ตั้งค่าปัญหาไม่สำเร็จ · ' + error.message, true);
		});
	}

	function wire() {
		$('persona').addEventListener('change', function (event) {
			choosePersona(event.target.value);
		});
		document.querySelectorAll('input[name=where]').forEach(function (radio) {
			radio.addEventListener('change', function (event) {
				chooseWhere(event.target.value);
			});
		});
		document.querySelectorAll('[data-event]').forEach(function (button) {
			button.addEventListener('click', function () {
				send({ type: button.dataset.event });
			});
		});
		$('composer').addEventListener('submit', function (event) {
			event.preventDefault();
			sendText();
		});
		$('text').addEventListener('keydown', function (event) {
			// Enter sends, Shift+Enter is a new line; not while a Thai/Japanese IME is composing
			if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
				event.preventDefault();
				sendText();
			}
		});
		document.querySelectorAll('[data-tray]').forEach(function (button) {
			button.addEventListener('click', function () {
				toggleTray(button.dataset.tray);
			});
		});
		$('send-image').addEventListener('click', function () {
			send({ type: 'image' });
		});
		$('persona-role').addEventListener('change', function (event) {
			$('persona-group').disabled = event.target.value !== 'staff';
			$('persona-group').required = event.target.value === 'staff';
		});
		$('persona-form').addEventListener('submit', function (event) {
			event.preventDefault();
			var form = event.target;
			var body = { name: form.name.value.trim(), role: form.role.value, groupName: form.role.value === 'staff' ? form.groupName.value.trim() : null };
			api('POST', '/personas', body).then(function (persona) {
				form.reset();
				$('persona-group').disabled = true;
				status('เพิ่ม "' + persona.name + '" แล้ว · persona added');
				return loadPersonas(persona.id);
			}).catch(function (error) {
				status('เพิ่มผู้ใช้ไม่สำเร็จ · ' + error.message, true);
			});
		});
		$('fault-form').addEventListener('submit', function (event) {
			event.preventDefault();
			var kind = $('fault-kind').value;
			var fault = { endpoint: $('fault-endpoint').value, kind: kind.split(':')[0], times: Number($('fault-times').value) || 0 };
			if (kind.indexOf('status:') === 0) {
				fault.status = Number(kind.split(':')[1]);
			}
			if (fault.kind === 'slow') {
				fault.delayMs = Number($('fault-delay').value) || 0;
			}
			postFault(fault);
		});
		$('fault-clear').addEventListener('click', function () {
			postFault({ endpoint: '*', kind: 'clear' });
		});
		$('faults-panel').addEventListener('toggle', function (event) {
			if (event.target.open) {
				loadFaults();
			}
		});
	}

	wire();
	buildTrays();
	loadPersonas();
	setInterval(poll, POLL_MS);
})();
