// Complaint page: puts the reply template of the chosen status into the note, where the officer can
// change it before it goes to the citizen. Without this script the form still works: the "use the
// template" box sends the template as it is when the note is left empty.
document.addEventListener('DOMContentLoaded', function () {
	var form = document.getElementById('status-form');
	var button = document.getElementById('insert-template');
	if (!form || !button) {
		return;
	}
	var select = form.querySelector('select[name=status]');
	var note = form.querySelector('textarea[name=note]');
	button.hidden = false;
	button.addEventListener('click', function () {
		var option = select.options[select.selectedIndex];
		var text = option ? option.getAttribute('data-template') || '' : '';
		var current = note.value.replace(/\s+$/, '');
		note.value = current ? current + '\n' + text : text;
		note.focus();
	});
});
