// The desk's standard replies: put the chosen one where the cursor is in the reply box, keeping
// what was typed, instead of asking the server for the page again (which is what happens
// without this script). The text comes filled in for this ticket, in the option's data-text.
(function () {
    const form = document.querySelector('form.canned-replies');
    const box = form && document.getElementById(form.dataset.target);
    if (!form || !box) {
        return;
    }

    form.addEventListener('submit', function (event) {
        const option = form.querySelector('select[name="canned"]').selectedOptions[0];
        if (!option || option.dataset.text === undefined) {
            return;
        }

        event.preventDefault();
        const start = box.selectionStart ?? box.value.length;
        const end = box.selectionEnd ?? start;
        box.setRangeText(option.dataset.text, start, end, 'end');
        box.focus();
    });
})();
